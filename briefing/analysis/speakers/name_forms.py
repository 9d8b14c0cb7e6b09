"""A name's fullest form in the text, its variants, and its gender by title and pronoun votes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from briefing.analysis.lexicon import is_given_name_form, same_given_name
from briefing.analysis.lexicon.roles import HONORIFICS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.mentions import (
    tally,
)
from briefing.analysis.speakers.phrases import (
    GENDER_WINDOW,
    HE_OR_SHE,
    MAIN_NAME_REPEATS,
    MARITAL,
    name_gender,
    surname_and_suffix,
)

_SURNAME_TITLES = 3  # titled mentions of a lone word before they say whom it stands for
_SURNAME_MAJORITY = 0.6  # the share of them one gender needs
# Full names sharing a surname that its titles choose among: a household. More ("Trump
# Tower", "Texan Trump" and a family in a long report) are left to the latest one, as the
# votes on each would cost a pass over every mention of the surname.
_HOUSEHOLD = 4


class FullForms(NamedTuple):
    """The full names a one-word name may stand for, in text order, read for every mention."""

    positions: list[int]  # where each full mention starts (ascending)
    latest: list[str]  # of the mentions up to each one, the latest (the longest at one place)
    first: str  # the first full mention (the longest at one place)
    by_full: dict[str, list[int]]  # each full name's positions, in order of first mention
    given: list[str]  # the full names whose given name is the word itself, sorted

    def up_to(self, at: int) -> tuple[str, dict[str, int]]:
        """The latest full mention at or before ``at`` (the longest at one place) and how
        often each full name is mentioned up to there, in order of first mention. Before the
        first one (a headline names someone before the text does): the first full mention
        after, and every mention counted."""
        k = bisect_right(self.positions, at)
        if not k:
            return self.first, {full: len(places) for full, places in self.by_full.items()}
        counts = {
            full: bisect_right(places, at)
            for full, places in self.by_full.items()
            if places[0] <= at
        }
        return self.latest[k - 1], counts


def full_forms_of(name: str, candidates: list[tuple[int, str]]) -> FullForms:
    """:class:`FullForms` of ``candidates`` ((position, full name), in text order)."""
    positions = [position for position, _ in candidates]
    latest: list[str] = []
    best = candidates[0]
    for candidate in candidates:
        if (candidate[0], len(candidate[1])) > (best[0], len(best[1])):
            best = candidate
        latest.append(best[1])
    first = min(candidates, key=lambda c: (c[0], -len(c[1])))[1]
    by_full: dict[str, list[int]] = {}
    for position, full in candidates:
        by_full.setdefault(full, []).append(position)
    lower = name.lower()
    given = sorted({full for _, full in candidates if full.split()[0].lower() == lower})
    return FullForms(positions, latest, first, by_full, given)


class NameForms:
    """Part of :class:`SpeakerResolver`: a name's fullest form in the text, its variants, and
    its gender by titles and by the pronouns that follow it."""

    def _fullest(self, name: str, at: int, titled: bool = False, gender: str | None = None) -> str:
        """The fullest name in the document that this (possibly one-word) name stands for,
        in the form the text first gives it ("Rob Berg" after "Robert Berg" is Robert Berg).
        ``titled``: the name came after a title or an honorific ("Colonel Lund"), so a lone
        word is a surname and stands only for a full name that ends in it. ``gender``, for a
        mention of a speaker: "m" or "f" from its own title ("Mr. Berg"), "" for none (then
        the titles the text gives the word elsewhere decide, :meth:`_surname_gender`); a lone
        word never stands for a full name of the other gender ("Mr. Berg" is not Ann Berg)."""
        full = self._fullest_form(name, at, titled, gender)
        return self._first_variant(full) if full.count(" ") == 1 else full

    def _full_gender(self, full: str) -> str:
        """A full name's gender by its title or given name, else by every title and pronoun
        vote of the text (only asked when the name alone does not say: votes cost more)."""
        return name_gender(full) or self._gender(full, len(self.text))

    def _of_gender(
        self, word: str, candidates: list[tuple[int, str]], gender: str
    ) -> list[tuple[int, str]]:
        """The full names (position, name) a lone ``word`` may stand for, given the gender its
        own title asks (``gender``) or else the one the text mostly titles it with: "Darcy" in
        a novel that names a Lady Anne Darcy once and calls him "Mr. Darcy" hundreds of times
        is never her. Where two full names agree ("Miss Lucas" of a Charlotte and a Maria
        Lucas), the title does not say which, and all stay."""
        wanted = gender or self._surname_gender(word)
        fulls = {full for _, full in candidates}
        if not wanted or len(fulls) > _HOUSEHOLD:
            return candidates
        agree = {full for full in fulls if self._full_gender(full) in ("", wanted)}
        if len(agree) == len(fulls) or len(agree) > 1:
            return candidates
        return [c for c in candidates if c[1] in agree]

    def _titled_apart(self, word: str, fullest: str, gender: str) -> bool:
        """Whether a titled lone ``word`` that no full name fits ("Mr. Bennet" where the text
        names only women Bennet in full) stands apart from the text's bare word, which mostly
        means someone of the other gender: then it is known by its title."""
        return (
            fullest == word
            and word.lower() in self._full_names
            and self._surname_gender(word) != gender
        )

    def _surname_gender(self, word: str) -> str:
        """ "m" or "f" when the text titles ``word`` alone mostly one way ("Mr. Berg" far more
        often than "Miss Berg"): the person the bare word mostly stands for; "" when the
        titles are few or split."""
        found = self._surname_genders.get(word)
        if found is None:
            runs = self._ensure_runs()
            indices = self._runs_by_word.get(word.lower(), ())
            titled = [runs[i].gender for i in indices if runs[i].gender and runs[i].name == word]
            found = ""
            for gender in ("m", "f"):
                share = titled.count(gender)
                if len(titled) >= _SURNAME_TITLES and share >= _SURNAME_MAJORITY * len(titled):
                    found = gender
            self._surname_genders[word] = found
        return found

    def _fullest_form(
        self, name: str, at: int, titled: bool = False, gender: str | None = None
    ) -> str:
        parts = name.split()
        if surname_and_suffix(parts):
            # "Berg Jr.": the latest full name that ends so ("Tom Berg Jr.").
            self._ensure_runs()
            fuller = [
                (position, full)
                for position, full in self._full_names.get(parts[1].lower(), ())
                if full.endswith(name) and full != name
            ]
            before = [c for c in fuller if c[0] <= at] or fuller
            return max(before)[1] if before else name
        if len(parts) != 1 or (name.isupper() and len(name) > 1):
            return name  # a full name already, or an acronym ("the IRA" is not "Dozens of IRA")
        key = (name, titled, gender)
        if key not in self._forms:
            self._forms[key] = self._read_forms(name, titled, gender)
        forms = self._forms[key]
        if forms is None:
            return name
        latest, counts = forms.up_to(at)
        if len(forms.given) > 1:
            # "Jane" when the text names a Jane Berg and a Jane Lind: the family it keeps
            # talking about (a novel's "Jane" is the heroine's sister, not a critic's aside).
            return max(
                forms.given, key=lambda full: (self._surname_mentions(full), counts.get(full, 0))
            )
        # A relative or namesake is usually named in full once, the main person again and
        # again: a full name the text repeats far more often beats the latest one.
        main = max(counts, key=lambda full: counts[full])
        if counts[main] >= MAIN_NAME_REPEATS and counts[main] >= 2 * counts[latest]:
            latest = main
        if len(counts) > 1:
            # "Berg said, “…” She went on": of a Tom and an Ann Berg, the one the next "he" or
            # "she" agrees with (when no other name comes between).
            follow = self._pronoun_after(at + len(name))
            if follow and name_gender(latest) not in ("", follow):
                agreeing = [full for full in counts if name_gender(full) == follow]
                if agreeing:
                    return max(agreeing, key=lambda full: counts[full])
        return latest

    def _read_forms(self, name: str, titled: bool, gender: str | None) -> FullForms | None:
        """The full names one-word ``name`` may stand for, whatever the mention's place: a
        long report asks for its surnames thousands of times, each over hundreds of full
        mentions (``None``: none)."""
        self._ensure_runs()
        candidates = self._full_names.get(name.lower())
        if not candidates:
            return None
        as_surname = [c for c in candidates if c[1].split()[-1] == name]
        if as_surname:
            # A known surname stands for a full name ending in it: "Berg" is Tom Berg, not
            # the "Berg Fund" a citation names.
            candidates = as_surname
        elif titled:
            # "Colonel Lund" where the text names a "Lund Berg" and calls him "Berg": Berg is
            # his surname, so Lund his given name, and the colonel another person. ("President
            # Xi" stays Xi Jinping: the text never calls him "Jinping".)
            candidates = [c for c in candidates if not self._named_alone(c[1].split()[-1])]
        if gender is not None and candidates:
            candidates = self._of_gender(name, candidates, gender)
        if not candidates:
            return None
        return full_forms_of(name, candidates)

    def _named_alone(self, word: str) -> bool:
        """Whether the text uses ``word`` as a name on its own ("Berg said")."""
        runs = self._ensure_runs()
        return any(runs[i].name == word for i in self._runs_by_word.get(word.lower(), ()))

    def _first_variant(self, name: str) -> str:
        """The first full name in the text with this surname and a given name that is the
        same or a form of it ("Robert Berg" for a later "Rob Berg"): one person, one key.
        Kept per name: it depends on the name and the document's full names only, and every
        mention of a two-word name asks (a long report repeats its names hundreds of times)."""
        found = self._variant_cache.get(name)
        if found is None:
            found = self._variant_cache[name] = self._first_variant_of(name)
        return found

    def _first_variant_of(self, name: str) -> str:
        given, surname = name.split()
        if not is_given_name_form(given):
            return name
        self._ensure_runs()
        for _, full in sorted(self._full_names.get(surname.lower(), ())):
            parts = full.split()
            if len(parts) == 2 and parts[1] == surname and same_given_name(parts[0], given):
                return full
        return name

    def _pronoun_after(self, at: int) -> str:
        """ "m" or "f" for the first "he" or "she" after ``at`` in its paragraph, outside
        quotes and with no other name before it; "" when there is none."""
        end = self.text.find("\n", at, at + 250)
        end = at + 250 if end < 0 else end
        for match in HE_OR_SHE.finditer(self.text, at, end):
            if self._quoted.holds(match.start()):
                continue
            runs = self._ensure_runs()
            lo = bisect_left(self._run_starts, at)
            if any(runs[i].person for i in range(lo, bisect_left(self._run_starts, match.start()))):
                return ""
            return "m" if match.group().lower() == "he" else "f"
        return ""

    def _other_marital_title(self, honorific: str, given: str) -> bool:
        """Whether the text calls ``given`` "Miss" where the mention says "Mrs." (or the
        other way round): in a novel Mrs. Berg is the mother, Miss Ann Berg the daughter."""
        other = {"mrs": "miss", "miss": "mrs"}.get(honorific.lower().rstrip("."))
        if other is None:
            return False
        if self._marital is None:
            self._marital = {
                (m.group(1).lower().rstrip("."), m.group(2).lower())
                for m in MARITAL.finditer(self.text)
            }
        return (other, given.lower()) in self._marital

    def _surname_mentions(self, full: str) -> int:
        return len(self._runs_by_word.get(full.split()[-1].lower(), ()))

    def _gender(self, name: str, before: int) -> str:
        """ "m", "f" or "" for a name: an honorific or gendered title decides, then a common
        given name ("Susan Berg"); otherwise the
        "he"/"she" that follow its mentions vote, counting only those before ``before`` (the
        pronoun being resolved must not vote for itself)."""
        honorific = HONORIFICS.get(name.split()[0].lower())
        if honorific:
            return honorific
        votes = self._gender_votes.get(name)
        if votes is None:
            votes = tally(self._collect_gender_votes(name))
            self._gender_votes[name] = votes
        if isinstance(votes, str):
            return votes
        positions, males = votes
        counted = bisect_left(positions, before)  # the votes before ``before``: a bisection,
        male = males[counted]  # as this runs once per pronoun and a name may have thousands
        female = counted - male
        return "m" if male > female else "f" if female > male else ""

    def _collect_gender_votes(self, name: str) -> str | list[tuple[int, int]]:
        runs = self._ensure_runs()
        indices = sorted({i for p in name.split() for i in self._runs_by_word.get(p.lower(), ())})
        votes: list[tuple[int, int]] = []
        parts = set(name.split())
        first = gender_of_first_name(name.split()[0]) if " " in name else ""
        if first:
            return first
        # An honorific or gendered title decides, but only on a mention of this very name:
        # a "Mr. Berg" says nothing of an Ann Berg.
        for i in indices:
            run = runs[i]
            if run.gender and (" " not in name or run.name == name):
                return run.gender
        for i in indices:
            run = runs[i]
            if " " in name and run.name != name and self._fullest(run.name, run.start) != name:
                continue  # "Lind" standing for a Tom Lind says nothing of an Ann Lind
            stop = run.end + GENDER_WINDOW
            for j in range(i + 1, len(runs)):  # not runs[i + 1 :]: a copy per mention
                other = runs[j]
                if other.start >= stop:
                    break
                if other.person and not set(other.name.split()) & parts:
                    stop = other.start  # a pronoun after another name is that name's
                    break
            for match in HE_OR_SHE.finditer(self.text, run.end, stop):
                if not self._quoted.holds(match.start()):
                    # A pronoun inside a quotation is the speaker's, about someone else.
                    votes.append((match.start(), 1 if match.group().lower() == "he" else -1))
        return votes
