"""Attribution rules added after the dev-data error analysis, one hand-written case per rule.

Every name and sentence here is invented; each test pins one general rule of the cue finder
(``attribution``) or of the speaker resolver (``speakers``).
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.cues.english import cue_before
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.model import BlockKind
from tests.test_quotes_engine import make_doc, quotes_of


def test_common_given_names_carry_a_gender() -> None:
    assert gender_of_first_name("Susan") == "f"
    assert gender_of_first_name("george") == "m"
    assert gender_of_first_name("Zorblax") == ""
    assert (gender_of_first_name("Ingrid"), gender_of_first_name("Wendell")) == ("f", "m")


def test_she_skips_a_man_known_only_by_his_first_name() -> None:
    body = "Peter Lindqvist met Susan Okafor on Monday. “We agreed on nothing,” she said."
    assert quotes_of(body) == [("We agreed on nothing,", "Susan Okafor")]


def test_pronoun_prefers_the_sentence_opener_to_an_embedded_subject() -> None:
    body = (
        "Tom Varga said praise from Admiral Ivo Stenk would not sway him. "
        "He said the navy “has been led well.”"
    )
    assert quotes_of(body)[-1] == ("has been led well.", "Tom Varga")


def test_surname_goes_to_the_full_name_the_text_repeats() -> None:
    text = (
        "Mara Quist won. Mara Quist spoke. Mara Quist left. Her cousin Ola Quist watched. "
        "Later Quist said it was over."
    )
    resolver = SpeakerResolver(text)
    start = text.rindex("Quist")
    key = resolver.resolve(start, start + len("Quist"))
    assert key is not None and resolver.name_of(key) == "Mara Quist"


def test_a_speaker_phrase_stops_at_its_clause() -> None:
    text = "The local press has always said so."
    resolver = SpeakerResolver(text)
    key = resolver.resolve(0, text.index(" said"))
    assert key is not None and resolver.name_of(key) == "the local press"


def test_a_participle_never_inverts_onto_a_name() -> None:
    body = "The Varga Institute released a statement, saying Berg’s remarks were “plainly false.”"
    assert quotes_of(body)[0][1] != "Berg’s remarks were"


def test_a_verb_after_a_comma_is_still_a_verb() -> None:
    body = "“It was close” if the count holds up like that, said Ivo Stenk, a pollster."
    assert quotes_of(body) == [("It was close", "Ivo Stenk")]


def test_long_description_between_subject_and_verb() -> None:
    body = (
        "Ivo Stenk, a lawyer who has represented the family for many years in two courts, "
        "said: “We will appeal.”"
    )
    assert quotes_of(body) == [("We will appeal.", "Ivo Stenk")]


def test_participle_aside_between_subject_and_verb() -> None:
    body = (
        "A senior official, speaking on condition of anonymity to discuss the talks, said "
        "the offer “will not stand.”"
    )
    assert quotes_of(body) == [("will not stand.", "a senior official")]


def test_main_clause_before_saying_gives_the_subject() -> None:
    body = "Varga praised the plan, saying it was “long overdue.”"
    assert quotes_of(body) == [("long overdue.", "Varga")]


def test_several_opening_phrases_before_the_subject() -> None:
    body = (
        "On Monday, after a long silence, Mara Quist appeared on radio and backed the plan, "
        "saying, “It is time.”"
    )
    assert quotes_of(body) == [("It is time.", "Mara Quist")]


def test_appositive_without_its_closing_comma() -> None:
    body = "“The numbers moved,” Ivo Stenk, the pollster who runs the survey tweeted on Monday."
    assert quotes_of(body) == [("The numbers moved,", "Ivo Stenk")]


def test_spaced_hyphens_set_off_an_aside() -> None:
    body = (
        "Party leader Ivo Stenk - who once vowed to “fight on” - said at a rally that "
        "the vote “must be held.”"
    )
    assert [speaker for _, speaker in quotes_of(body)] == ["Ivo Stenk", "Ivo Stenk"]


def test_a_surname_ending_in_ly_is_not_an_adverb() -> None:
    body = "And Skelly called the plan “a real mess.”"
    assert quotes_of(body) == [("a real mess.", "Skelly")]


def test_party_tag_aside() -> None:
    body = "“We will win,” Senate leader Tom Varga, R-Ky., said Tuesday."
    assert quotes_of(body) == [("We will win,", "Tom Varga")]


def test_no_inversion_onto_a_weekday() -> None:
    body = "“We will win,” the team’s coach, Tom Varga, said Tuesday."
    assert quotes_of(body) == [("We will win,", "Tom Varga")]


def test_according_to_at_the_end_of_the_sentence() -> None:
    body = "The group pays “dozens” of canvassers to knock on doors, according to Mara Quist."
    assert quotes_of(body) == [("dozens", "Mara Quist")]


def test_naming_verb_with_a_short_object() -> None:
    body = "It came up in December, when Mara Quist called the rival campaign “a circus.”"
    assert quotes_of(body) == [("a circus.", "Mara Quist")]


def test_added_reporting_verb() -> None:
    assert quotes_of("“Go and vote,” Varga implored.") == [("Go and vote,", "Varga")]


def test_no_inversion_onto_a_phrase_that_runs_into_the_quote() -> None:
    body = (
        "Ivo Stenk, a former adviser who also sits on the board of the Varga Institute, "
        "said Berg’s mixed messages have given “voters reasons to doubt him.”"
    )
    assert quotes_of(body) == [("voters reasons to doubt him.", "Ivo Stenk")]


def test_reporting_clause_before_a_participle() -> None:
    body = "The “excesses” are sickening, Varga said in Oslo, noting the plan “cannot work.”"
    assert [speaker for _, speaker in quotes_of(body)] == ["Varga", "Varga"]


def test_main_clause_aside_before_a_participle() -> None:
    body = (
        "Hours later, Varga returned the compliment to Quist, telling reporters, “We are friends.”"
    )
    assert quotes_of(body) == [("We are friends.", "Varga")]


def test_single_line_preformatted_paragraph_is_read_for_quotes() -> None:
    body = "Intro line.\n\nMara Quist said she was “appalled” that he  would “disparage” them."
    doc = make_doc(body)
    paragraphs = (doc.paragraphs[0], replace(doc.paragraphs[1], kind=BlockKind.PRE))
    quotes, speakers = find_quotes_and_speakers(replace(doc, paragraphs=paragraphs))
    names = {s.id: s.name for s in speakers}
    assert [(body[q.start : q.end], names.get(q.speaker)) for q in quotes] == [
        ("appalled", "Mara Quist"),
        ("disparage", "Mara Quist"),
    ]


def test_multi_line_preformatted_block_is_not_read_for_quotes() -> None:
    body = "Intro line.\n\nName      Said\nBerg      “no”"
    doc = make_doc(body)
    paragraphs = (doc.paragraphs[0], replace(doc.paragraphs[1], kind=BlockKind.PRE))
    quotes, _ = find_quotes_and_speakers(replace(doc, paragraphs=paragraphs))
    assert quotes == ()


def test_a_label_is_not_credited_to_the_sentence_subject() -> None:
    body = "Ivo Stenk, known online as “Nightjar,” was extradited in May."
    assert quotes_of(body) == [("Nightjar,", None)]


def test_numbers_in_marks_are_not_quotes() -> None:
    body = "Add ``1'' through ``5'' and write “the total.”"
    assert [words for words, _ in quotes_of(body)] == ["the total."]


def test_a_sentence_opening_common_word_is_not_part_of_the_name() -> None:
    text = "He was poor once. Poor Ann Quist left. Then she said it."
    resolver = SpeakerResolver(text)
    start = text.index("she")
    key = resolver.resolve(start, start + 3)
    assert key is not None and resolver.name_of(key) == "Ann Quist"


def test_a_long_participial_phrase_is_skipped_before_the_subject() -> None:
    body = (
        "Filling in for Varga at the same event where Quist appeared on Sunday, Stenk landed "
        "a sharp dig at “my dear sister.”"
    )
    assert quotes_of(body) == [("my dear sister.", "Stenk")]


def test_pronoun_takes_the_namesake_of_the_right_gender() -> None:
    body = (
        "Senator Tom Quist spoke with voters. Later his aunt Mary Quist joined him. "
        "Quist said the issue was central. “It is a test,” he said."
    )
    assert quotes_of(body) == [("It is a test,", "Tom Quist")]


def test_according_to_after_a_comma_aside() -> None:
    body = (
        "The campaign pays “dozens” of canvassers to knock on doors, mostly in the north, "
        "according to campaign manager Ola Quist."
    )
    assert quotes_of(body) == [("dozens", "Ola Quist")]


def test_a_long_subject_of_two_named_experts() -> None:
    body = (
        "“It would enable new designs,” nuclear experts Ivo Stenk and Mara Quist of the "
        "Oslo Institute for Science and Security wrote in September."
    )
    assert quotes_of(body)[0][1] is not None


def test_an_active_verb_before_as_keeps_its_subject() -> None:
    body = "Mr. Quist often referred to the office as “the big buffer” for his voters."
    assert quotes_of(body) == [("the big buffer", "Quist")]


def test_a_dateline_is_no_subject() -> None:
    body = "OSLO (AP) — Ann Quist rallied supporters, saying: “We have to be ready.”"
    assert quotes_of(body) == [("We have to be ready.", "Ann Quist")]


def test_a_possessive_name_heads_a_clause_subject() -> None:
    body = "In response, Ann Quist’s chief aide rallied supporters, saying: “Be ready.”"
    assert quotes_of(body)[0][1] is not None and "aide" in quotes_of(body)[0][1]


def test_an_ing_opening_phrase_is_skipped_before_a_pronoun_subject() -> None:
    body = (
        "Ann Quist flew out on Monday. Flying home one night, she told her husband that it "
        "would be “a fight from start to finish.”"
    )
    assert quotes_of(body) == [("a fight from start to finish.", "Ann Quist")]


def test_full_stops_inside_a_quote_do_not_push_the_subject_out_of_reach() -> None:
    body = (
        "“We will win,” said Tom Varga, a donor. "
        "Later, banker Olle Brandt voiced doubts. "
        "“It can't happen. It won't. . . . Now I fear it will,” he told a radio station."
    )
    assert quotes_of(body)[-1][1] == "Olle Brandt"


def test_pronoun_is_never_the_person_addressed() -> None:
    body = "Anchor Ivo Stenk asked Tom Varga about the wall. “It could be higher,” he told Stenk."
    assert quotes_of(body) == [("It could be higher,", "Tom Varga")]


def test_doubled_consonant_forms_and_back_verbs_report_speech() -> None:
    body = (
        "Tom Varga and Ivo Stenk debated on Monday. “You are wrong,” Varga quipped. "
        "“You are worse,” Stenk shot back. “Enough,” Varga snapped."
    )
    assert [speaker for _, speaker in quotes_of(body)] == ["Tom Varga", "Ivo Stenk", "Tom Varga"]


def test_an_adjective_before_a_name_is_no_part_of_the_speaker() -> None:
    body = "Ivo Stenk spoke first. Then Tom Varga replied. “Never,” an angry Stenk retaliated."
    assert quotes_of(body)[-1] == ("Never,", "Ivo Stenk")


def test_delegate_abbreviation_is_a_title() -> None:
    body = "“This is a waste of time,” said Del. Mara Quist of the islands."
    assert quotes_of(body) == [("This is a waste of time,", "Mara Quist")]


def test_inverted_subject_is_what_a_later_pronoun_continues() -> None:
    body = (
        "“We will win,” said Ola Brandt, a strategist.\n\n"
        "Debates rarely change the race, noted the paper’s Ivo Stenk.\n\n"
        "“Voters have made up their minds,” he wrote."
    )
    assert quotes_of(body)[-1] == ("Voters have made up their minds,", "Ivo Stenk")


def test_a_speaker_phrase_ends_where_its_verb_phrase_begins() -> None:
    body = (
        "Mayor Tom Varga spoke on Monday. "
        "The town council released a statement saying “We are grieving.”"
    )
    assert quotes_of(body)[-1] == ("We are grieving.", "the town council")


def test_a_predicate_is_no_speaker() -> None:
    text = "Berg has in the past said so."
    resolver = SpeakerResolver(text)
    start = text.index("has")
    assert resolver.resolve(start, start + len("has in the past")) is None


def test_a_given_name_that_is_also_a_word_still_opens_a_name() -> None:
    body = (
        "The bill passed on Monday. Will Varga voted for it.\n\n"
        "Bill Varga got in on the debate, bashing the bill at a rally. "
        "“It is a mistake,” he said."
    )
    assert quotes_of(body)[-1] == ("It is a mistake,", "Bill Varga")


def test_a_headline_surname_is_the_first_person_the_text_names_in_full() -> None:
    text = "Quist wins the vote.\n\nMara Quist won on Monday. Later, Ola Quist spoke."
    resolver = SpeakerResolver(text)
    key = resolver.resolve(0, len("Quist"))
    assert key is not None and resolver.name_of(key) == "Mara Quist"


def test_the_former_senator_is_the_person_the_text_gave_that_title() -> None:
    body = (
        "Former Senator Tom Varga arrived in Oslo on Monday. "
        "“We need a deal,” the former senator said."
    )
    assert quotes_of(body) == [("We need a deal,", "Tom Varga")]


def test_a_sentence_adverb_is_no_part_of_the_speaker() -> None:
    body = (
        "Mara Quist chairs the club. Recently she announced on her page, “I am leaving the club.”"
    )
    assert quotes_of(body) == [("I am leaving the club.", "Mara Quist")]


def test_an_adverb_before_an_opening_participle_is_no_speaker() -> None:
    body = (
        "Tom Varga met Ivo Stenk. Hastily drafting a reply to the board, Varga cast the "
        "blame on his rivals and stressed the “grave threat” to the port."
    )
    assert quotes_of(body) == [("grave threat", "Tom Varga")]


def test_a_pronoun_right_before_the_verb_is_its_subject() -> None:
    body = (
        "The plan, Ola Brandt explained, took three years — an investment he concludes "
        "has given the party “a head start.”"
    )
    assert quotes_of(body) == [("a head start.", "Ola Brandt")]


def test_impersonal_it_is_safe_to_say_reports_nobody() -> None:
    text = "Given the talks, it is safe to say “a bluff” was made."
    assert cue_before(text, 0, text.index("“")) is None


def test_a_function_word_opens_no_speaker_phrase() -> None:
    text = "Given his past remarks, it is clear."
    resolver = SpeakerResolver(text)
    assert resolver.resolve(0, len("Given his past")) is None


def test_mr_and_mrs_of_a_family_stay_apart_from_the_daughter() -> None:
    body = (
        "Ann Varga lived with her parents. Miss Ann walked out.\n\n"
        "“Is it true?” asked Mrs. Varga.\n\n"
        "Mr. Varga made no answer.\n\n"
        "“Do you not want to know?” cried his wife."
    )
    assert [speaker for _, speaker in quotes_of(body)] == ["Mrs. Varga", "Mr. Varga’s wife"]


def test_a_given_name_alone_is_the_family_the_text_keeps_naming() -> None:
    text = (
        "Jane Quist and her sister lived at home. The Quist family was large; "
        "Mr. Quist and Mrs. Quist had five daughters.\n\n"
        "A note by the critic Jane Lind praises the book.\n\n"
        "Jane said nothing."
    )
    resolver = SpeakerResolver(text)
    start = text.rindex("Jane")
    key = resolver.resolve(start, start + len("Jane"))
    assert key is not None and resolver.name_of(key) == "Jane Quist"


def test_a_place_after_of_is_not_part_of_a_name() -> None:
    body = "Tom Varga arrived. Mr. Varga of Elmwood spoke first. “We disagree,” Varga said."
    assert quotes_of(body) == [("We disagree,", "Tom Varga")]


def test_a_manner_adverb_after_an_inverted_name_is_dropped() -> None:
    body = "Ann Varga sat down. “Your coming will confirm it,” said Ann coolly."
    assert quotes_of(body) == [("Your coming will confirm it,", "Ann Varga")]


def test_the_subject_after_a_closing_quote_opens_its_clause() -> None:
    body = (
        "Tom Varga spoke at length.\n\n"
        "“Everything he said is proof,” Varga said, adding that Ivo Stenk showed “guilt.”\n\n"
        "He continued, “I have never seen such a case.”"
    )
    assert quotes_of(body)[-1] == ("I have never seen such a case.", "Tom Varga")


def test_a_possessive_before_a_name_is_the_affiliation() -> None:
    text = "The Oslo Times’s Ola Berg wrote it."
    resolver = SpeakerResolver(text)
    key = resolver.resolve(0, len("The Oslo Times’s Ola Berg"))
    assert key is not None and resolver.name_of(key) == "Ola Berg"


def test_a_named_speaker_of_an_institution_is_the_name() -> None:
    body = (
        "As Archbishop Ivo Stenk of the Elmwood Patriarchate of Oslo told reporters, "
        "“We have suffered the same fate.” He added, “We must stand together.”"
    )
    assert [speaker for _, speaker in quotes_of(body)] == ["Ivo Stenk", "Ivo Stenk"]


def test_a_subject_relative_clause_is_spoken_by_its_antecedent() -> None:
    body = "Ola Brandt, who has in the past described the mayor as “a menace,” spoke at the rally."
    assert quotes_of(body) == [("a menace,", "Ola Brandt")]


def test_a_footnote_number_before_a_speaker_is_dropped() -> None:
    text = "It went ahead. 469 The next day, Berg said no."
    resolver = SpeakerResolver(text)
    start = text.index("469")
    key = resolver.resolve(start, start + len("469 The next day, Berg"))
    assert key is None or not resolver.name_of(key)[0].isdigit()
    body = "Tom Varga wrote the memo. 470 He included “the same email” in a message."
    assert quotes_of(body) == [("the same email", "Tom Varga")]


def test_a_possessive_in_an_appositive_is_not_the_subject() -> None:
    body = (
        "Tom Varga is running for mayor.\n\n"
        "Ola Brandt, Varga’s campaign manager, said the candidate had not changed course.\n\n"
        "“That will help every race,” he said."
    )
    assert quotes_of(body) == [("That will help every race,", "Ola Brandt")]


def test_a_known_surname_is_never_the_first_word_of_a_citation() -> None:
    text = (
        "Tom Berg met the envoy. See Berg LinkedIn connections. Berg Income by Year. "
        "Later Berg said it was over."
    )
    resolver = SpeakerResolver(text)
    start = text.rindex("Berg")
    key = resolver.resolve(start, start + len("Berg"))
    assert key is not None and resolver.name_of(key) == "Tom Berg"


def test_a_surname_with_a_suffix_is_the_full_name_with_it() -> None:
    text = "Tom Berg Jr. met Tom Berg. Later Berg Jr. said it was over."
    resolver = SpeakerResolver(text)
    start = text.index("Berg Jr. said")
    key = resolver.resolve(start, start + len("Berg Jr."))
    assert key is not None and resolver.name_of(key) == "Tom Berg Jr."
