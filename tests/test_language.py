"""The document's language (ingest/language.py): English, Ukrainian, Russian, or refused.

Every text here is written for the test; the corpus test reads ../shared/corpus at run time.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from ceasefire.ingest.language import Detection, Language, detect, sentence_language

SHARED = Path(__file__).resolve().parents[2] / "shared"

UKRAINIAN = ("У ніч на 5 березня противник атакував Україну 48 ударними безпілотниками. Сили "
             "протиповітряної оборони збили 40 з них, ще шість локаційно втрачено. Від падіння "
             "уламків пошкоджено два будинки на Харківщині, повідомили у Повітряних силах.")
RUSSIAN = ("В ночь на 5 марта дежурными средствами ПВО были перехвачены и уничтожены 17 "
           "украинских беспилотных летательных аппаратов самолетного типа над территорией "
           "Брянской и Курской областей, сообщили в Министерстве обороны.")
ENGLISH = ("Russia attacked Ukraine overnight with 48 drones, of which 40 were shot down by "
           "air defences, the air force said on Tuesday. Two houses were damaged in the "
           "Kharkiv region, and one man was injured by falling debris.")
BULGARIAN = ("Русия атакува Украйна през нощта с четиридесет и осем дрона, от които "
             "четиридесет са свалени от противовъздушната отбрана, съобщиха от военновъздушните "
             "сили. Две къщи са повредени в Харковска област, а един човек е ранен от "
             "падащи отломки. Властите казаха, че ще има още атаки през седмицата. ") * 2
BELARUSIAN = ("Расія атакавала Украіну ўначы сорака васьмю беспілотнікамі, з іх сорак збілі "
              "сілы супрацьпаветранай абароны, паведамілі ў паветраных сілах. Два дамы "
              "пашкоджаны ў Харкаўскай вобласці.")
SERBIAN = ("Русија је током ноћи напала Украјину са четрдесет и осам дронова, од којих је "
           "четрдесет оборила противваздушна одбрана, саопштило је ваздухопловство.")
KAZAKH = ("Ресей түнде Украинаға қырық сегіз дронмен шабуыл жасады, олардың қырқын әуе "
          "қорғанысы атып түсірді, деп хабарлады әскери-әуе күштері.")
GREEK = ("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με σαράντα οκτώ drones, από τα οποία "
         "σαράντα καταρρίφθηκαν από την αεράμυνα, ανέφερε η πολεμική αεροπορία.")
GERMAN = ("Russland hat in der Nacht die Ukraine mit vierzig Drohnen angegriffen, von denen "
          "einunddreißig abgeschossen wurden, teilte die Luftwaffe mit. Zwei Menschen wurden "
          "in der Region Charkiw verletzt, sagte der Gouverneur am Dienstag im Fernsehen.")


@pytest.mark.parametrize(("text", "language"), [
    (UKRAINIAN, "uk"), (RUSSIAN, "ru"), (ENGLISH, "en"),
    ("Збито 12 дронів над Одещиною, повідомили в ОВА.", "uk"),
    ("Сбиты 12 дронов над Белгородской областью.", "ru"),
    (ENGLISH + " The strike hit Chuhuiv (Чугуїв).", "en"),
    ("«" + ENGLISH.replace("'", "’") + "» — wrote the “Kyiv Independent”.", "en"),
    (UKRAINIAN + " Attack on Kyiv: Shahed, Iskander-M, KAB.", "uk"),
])
def test_a_text_reads_as_its_language(text: str, language: str) -> None:
    detection = detect(text)
    assert detection.language == language and detection.possible == (language,)


def test_web_addresses_do_not_count_as_english() -> None:
    # the shape of the Air Force's infographic reports: a list, a signature, two links
    report = ("05.03.2025\n(09.00)\n\nЗНИЩЕНО:\n- 12 ударних БпЛА \"Shahed-136/131\"\n\n"
              "Повітряні\nСили\n\nhttps://t.me/example_channel\n"
              "https://www.facebook.com/example_channel")
    assert detect(report) == Detection("uk", ("uk",))


@pytest.mark.parametrize(("text", "detection"), [
    # Latin weapon names and no English word: the Cyrillic language, English possible
    # (one і: Ukrainian, Russian possible too)
    ("Shahed-136, Iskander-M, Kalibr, Kh-101, X-555: збито 12 дронів над Одещиною.",
     Detection("uk", ("uk", "ru", "en"))),
    # English with a Russian quote that is a third of its letters: English, Russian possible
    ("The defence ministry of Russia said on Tuesday: «Сбиты двенадцать беспилотников».",
     Detection("en", ("en", "ru"))),
    # a Cyrillic name in an English report changes nothing
    ("The strike hit Chuhuiv (Чугуїв) overnight, the regional governor said.",
     Detection("en", ("en",))),
])
def test_a_text_mixing_the_scripts_keeps_the_other_language_possible(
        text: str, detection: Detection) -> None:
    assert detect(text) == detection


def test_a_ukrainian_report_quoting_a_russian_governor_stays_ukrainian() -> None:
    quoted = ("Губернатор заявив: «Над Белгородской областью были перехвачены и уничтожены "
              "семь беспилотников, пострадавших нет». ")
    assert detect(UKRAINIAN + " " + quoted + UKRAINIAN).language == "uk"


def test_a_russian_report_quoting_the_ukrainian_air_force_stays_russian() -> None:
    quoted = "В Воздушных силах Украины написали: «Збито 40 ударних БпЛА». "
    assert detect(RUSSIAN + " " + quoted + RUSSIAN).language == "ru"


@pytest.mark.parametrize(("text", "why"), [
    (BULGARIAN, "ъ, as in Bulgarian"),
    (BELARUSIAN, "ў"),
    (SERBIAN, "ј"),
    (KAZAKH, "қ"),
    (GREEK, "Greek"),
    (GERMAN, "common English words"),
    ("12:30 — 45 / 7", "no words"),
])
def test_a_text_in_a_language_not_read_is_refused_with_the_reason(text: str, why: str) -> None:
    detection = detect(text)
    assert detection.language is None and detection.possible == ()
    assert why in (detection.problem or "")


def test_cyrillic_without_the_letters_of_either_language_is_refused() -> None:
    # Bulgarian-like prose without ъ: long enough that Russian would show ы, э or ё
    text = ("Властите на града казаха, че положението е под контрол и че няма пострадали "
            "хора, но са повредени две сгради в центра на града. ") * 6
    assert "none of the letters of Ukrainian" in (detect(text).problem or "")


def test_too_short_to_tell_ukrainian_from_russian_allows_either_when_stated() -> None:
    detection = detect("Над Курском 5 дронов.")  # neither language's own letter or word
    assert detection.language is None and detection.possible == ("uk", "ru")
    assert "too few words" in (detection.problem or "")


def test_a_mixed_text_that_leans_one_way_may_be_stated_as_the_other() -> None:
    detection = detect("Збито 12 дронів.")  # і once: Ukrainian, not sure
    assert detection.language == "uk" and detection.possible == ("uk", "ru")


@pytest.mark.parametrize(("sentence", "default", "language"), [
    ("Над Белгородской областью сбиты три беспилотника.", "uk", "ru"),
    ("Збито 40 ударних БпЛА, ще шість локаційно втрачено.", "ru", "uk"),
    ("Сили ППО працювали всю ніч.", "uk", "uk"),
    ("Над Курском 5 дронов.", "uk", "uk"),   # nothing to tell by: the document's language
    ("Над Курском 5 дронов.", "ru", "ru"),
    ("The governor of the Belgorod region said on Telegram: «Сбиты три».", "en", "en"),
    ("Губернатор: «Сбиты три беспилотника над областью».", "en", "ru"),
    ("Air defences shot down 40 drones.", "uk", "en"),
    ("12:30", "ru", "ru"),
])
def test_sentence_language_switches_only_for_a_clear_quote(sentence: str, default: Language,
                                                           language: str) -> None:
    assert sentence_language(sentence, default) == language


@pytest.mark.skipif(not (SHARED / "corpus" / "uk").is_dir(), reason="../shared/corpus is absent")
def test_every_corpus_report_reads_as_its_stated_language() -> None:
    for path in sorted((SHARED / "corpus").glob("*/*.json")):
        document = json.loads(path.read_text())
        stated = document.get("language", "en")
        assert detect(document["text"]).possible == (stated,), path.name


AIRFORCE = SHARED / "external" / "airforce" / "vadimkin" / "txt"


@pytest.mark.skipif(not AIRFORCE.is_dir(), reason="../shared/external/airforce is absent")
def test_the_air_force_reports_read_as_ukrainian() -> None:
    # transcribed infographics: a date, a list of weapons in Latin letters, two links
    reports = [path.read_text() for path in sorted(AIRFORCE.glob("*.txt"))]
    reports = [text for text in reports if "ЗНИЩЕНО" in text]
    detections = [detect(text) for text in reports]
    assert len(reports) > 300 and all("uk" in d.possible for d in detections)
    # a transcriber's English preamble ("The text in the image is in Ukrainian…") may win
    assert sum(d.language == "uk" for d in detections) >= 0.99 * len(reports)


def test_detection_is_cheap_on_a_long_text() -> None:
    text = (UKRAINIAN + " ") * 400  # ~100 KB, five times the sample it reads
    start = time.perf_counter()
    for _ in range(20):
        detect(text)
    assert (time.perf_counter() - start) / 20 < 0.02
