"""Common English given names with the gender they are almost always given to.

A pronoun ("she said") must agree with its antecedent, and in news prose the first name is
often the only clue to a person's gender before any "he" or "she" has followed the name. The
lists hold the most common given names of English-speaking birth registers (twentieth
century), chosen from those registers alone and never from any article; names that are
commonly given to both (Chris, Pat, Jordan, Kelly, Robin, ...) are left out on purpose, so a
missing name simply means "no evidence".
"""

from __future__ import annotations

_MALE = """
    aaron adam adrian alan albert alex alexander alfred allen andrew andy anthony arthur
    austin barry ben benjamin bernard bill billy bob bobby brad bradley brandon brian bruce
    bryan carl carlos charles charlie chad christopher chuck clarence clifford colin craig
    curtis dale dan daniel danny darren dave david dean dennis derek dick don doug douglas
    duncan dwight earl ed eddie edward edwin elijah eric ernest ethan eugene evan frank
    franklin fred frederick gary gene geoffrey george gerald glenn gordon graham greg
    gregory harold harry harvey henry herbert howard hugh ian isaac jack jacob jake james
    jason jeff jeffrey jeremy jerry jesse jim jimmy joel john johnny jon jonathan joseph
    josh joshua juan justin keith ken kenneth kevin kyle larry lawrence lee leonard lewis
    louis luke marcus mark martin matt matthew max michael mike mitch mitchell nathan neil
    nicholas nick noah norman oliver oscar patrick paul peter phil philip phillip ralph
    randy ray raymond richard rick ricky rob robert rodney roger ron ronald roy russell ryan
    sam samuel scott sean seth shawn stanley stephen steve steven stuart ted theodore thomas
    tim timothy todd tom tommy tony travis troy victor vincent walter warren wayne william
    willie zachary
"""
_FEMALE = """
    abigail alice alicia allison amanda amber amy andrea angela anita ann anna anne annie
    ashley barbara betsy betty beverly bonnie brenda brittany carla carmen carol caroline
    carolyn catherine cathy charlotte cheryl christina christine cindy claire claudia
    colleen connie cynthia dana darlene debbie deborah debra denise diana diane donna doris
    dorothy edith elaine eleanor elizabeth ellen emily emma erica erin esther eva evelyn
    faith florence frances gail gina gloria grace hannah heather heidi helen holly irene
    jackie jacqueline jane janet janice jean jennifer jessica jill joan joanne joyce judith
    judy julia julie karen katherine kathleen kathryn kathy katie kay kimberly kristen laura
    lauren linda lisa liz lois lori louise lucy lynn madeline margaret maria marie marilyn
    martha mary megan melanie melissa michelle monica nancy natalie nicole nina norma olivia
    pamela patricia paula peggy penny rachel rebecca regina rita roberta rose ruth sally
    samantha sandra sara sarah sharon shirley sophie stephanie susan suzanne sylvia tammy
    teresa theresa tina valerie vanessa veronica victoria virginia wanda wendy
"""
MALE_NAMES = frozenset(_MALE.split())
FEMALE_NAMES = frozenset(_FEMALE.split())


def gender_of_first_name(word: str) -> str:
    """ "m", "f" or "" for a given name (case-insensitive)."""
    lower = word.lower()
    if lower in MALE_NAMES:
        return "m"
    if lower in FEMALE_NAMES:
        return "f"
    return ""
