"""Quotes of the demo story: the analyst's gold quotes with their speakers, and every quote marsad
extracts, reviewed by hand against the articles (a snapshot: a change must be reviewed again)."""

from __future__ import annotations

from marsad.extract.quotes import attributed
from marsad.model import Digest

# Every quote of the demo story: (article, kind, cue, speaker, relayed by, shown under its speaker, first
# words). Reviewed line by line against examples/iraq-2021: each speaker shown is who the article says made
# the statement. Speakers the story has no entity for are kept as written (``مصادر``، ``بيان صادر عن مكتب
# الكاظمي``، ``المسؤول الأمريكي``: the last is McKenzie, but the article only says "the American official",
# so it stays unlinked rather than guessed). Not shown (unclear attribution), rightly: 001's ``مؤكدة أنها ليست
# بصدد …``, whose subject is the United States, not ``بغداد`` named earlier in the sentence; 003's
# ``البلدان`` (both countries at once). 002's ``وتطالب القوى السياسية العراقية … بانسحاب`` is an unnamed
# group's demand. 000's ``ولفت إلى أن "مراسم …"، بحسب البيان الحكومي``: the statement relays McKenzie's words.
DEMO_QUOTES = [
    ('000', 'indirect', 'أكد', 'القيادة المركزية الأمريكية', None, True, 'انسحاب قواتها من'),
    ('000', 'direct', 'أضاف', 'مصطفى الكاظمي', None, True, 'العراق سيبقى فخوراً'),
    ('000', 'direct', 'أضاف', 'مصطفى الكاظمي', None, True, 'الإسناد والدعم والتدريب'),
    ('000', 'direct', 'أثنى', 'كينيث ماكنزي', None, True, 'التنامي المستمر لقدرات'),
    ('000', 'direct', 'لفت', 'كينيث ماكنزي', 'البيان الحكومي', True, 'مراسم التي جرت'),
    ('000', 'direct', 'أكد', 'كينيث ماكنزي', None, True, 'تخفيض مستوى التواجد'),
    ('001', 'indirect', 'أكد', 'السلطات العراقية', None, True, 'لم تتلق طلبا'),
    ('001', 'direct', 'نقل', 'تحسين الخفاجي', 'وكالة الأنباء العراقية', True, 'إن الجانب العراقي'),
    ('001', 'direct', 'أضاف', 'تحسين الخفاجي', None, True, 'الجانب الأمريكي ملتزم'),
    ('001', 'indirect', 'أوضح', 'تحسين الخفاجي', None, True, 'التعاون بين البلدين'),
    ('001', 'indirect', 'كشف', 'تحسين الخفاجي', None, True, 'وجود عمل مستمر'),
    ('001', 'indirect', 'أشار', 'تحسين الخفاجي', None, True, 'العراق إذا احتاج'),
    ('001', 'indirect', 'لفت', 'تحسين الخفاجي', None, True, 'اللجنة العراقية -'),
    ('001', 'indirect', 'قال', 'تحسين الخفاجي', None, True, 'القوات الأمريكية بدأت'),
    ('001', 'indirect', 'أشار', 'تحسين الخفاجي', None, True, 'الأمريكيين لا يمتلكون'),
    ('001', 'direct', 'قال', 'تحسين الخفاجي', None, True, 'ذلك سيعتمد على'),
    ('001', 'indirect', 'ذكر', 'بيان صادر عن مكتب الكاظمي', None, True, 'جرى خلال اللقاء'),
    ('001', 'direct', 'نقل', 'كينيث ماكنزي', 'بيان صادر عن مكتب الكاظمي', True, 'تخفيض مستوى التواجد'),
    ('001', 'indirect', 'أكد', 'بغداد', None, False, 'ليست بصدد إقامة'),
    ('002', 'direct', 'قال', 'كينيث ماكنزي', None, True, 'إن القوات الأمريكية'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, True, 'على الرغم من'),
    ('002', 'indirect', 'أشار', 'كينيث ماكنزي', None, True, 'الميليشيات المدعومة من'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, True, 'التصعيد المستمر للعنف'),
    ('002', 'direct', 'أضاف', 'كينيث ماكنزي', None, True, 'إنهم يريدون حقاً'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, True, 'هذا قد يثير'),
    ('002', 'direct', 'أضاف', 'كينيث ماكنزي', None, True, 'تنسحب القوات الأمريكية'),
    ('002', 'indirect', 'أوضح', 'كينيث ماكنزي', None, True, 'الوجود العام للقوات'),
    ('002', 'indirect', 'حذر', 'كينيث ماكنزي', None, True, 'مقاتلي داعش سيستمرون'),
    ('002', 'direct', 'وصف', 'المسؤول الأمريكي', None, True, 'حقيقة مهمة للغاية'),
    ('002', 'indirect', 'أعلن', 'بغداد', None, True, '“الكاظمي” نجا من'),
    ('002', 'indirect', 'ختم', 'كينيث ماكنزي', None, True, 'من المهم العمل'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, True, 'بلاده ستدرس القواعد'),
    ('002', 'indirect', 'أشار', 'قاسم الأعرجي', None, True, 'العلاقة مع التحالف'),
    ('002', 'indirect', 'طالب', 'القوى السياسية العراقية والفصائل المسلحة المقربة من إيران', None, True, 'انسحاب جميع القوات'),
    ('003', 'direct', 'أكد', 'البلدان', None, False, 'مهمة الولايات المتحدة'),
    ('003', 'direct', 'قال', 'فؤاد حسين', None, True, 'العراق يسعى لتعزيز'),
    ('003', 'indirect', 'شدد', 'فؤاد حسين', None, True, 'ضرورة "تعزيز الشراكة'),
    ('003', 'direct', 'أوضح', 'فؤاد حسين', None, True, 'القوات العراقية بحاجة'),
    ('003', 'indirect', 'أكد', 'أنتوني بلينكن', None, True, 'العراق شهد انفتاحا'),
    ('003', 'direct', 'أضاف', 'أنتوني بلينكن', None, True, 'اجتماعنا يأتي تأكيدا'),
    ('003', 'direct', 'بين', 'أنتوني بلينكن', None, True, 'الحكومة العراقية ماضية'),
    ('003', 'direct', 'أوضح', 'أنتوني بلينكن', None, True, 'الحكومة العراقية كرّست'),
    ('003', 'indirect', 'قال', 'مصطفى الكاظمي', None, True, 'الحوار الإستراتيجي بين'),
    ('003', 'indirect', 'أضاف', 'مصطفى الكاظمي', None, True, 'سيتم خلال جلسة'),
    ('003', 'indirect', 'أكد', 'مصطفى الكاظمي', None, True, 'التطور الكبير في'),
    ('003', 'indirect', 'قال', 'مصطفى الكاظمي', None, True, 'هذا الأمر مكّن'),
    ('004', 'indirect', 'قال', 'مصطفى الكاظمي', None, True, 'العراق ليست أفغانستان'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, True, 'العراق والولايات المتحدة'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, True, 'القوات الأمنية العراقية'),
    ('004', 'indirect', 'أكد', 'مصطفى الكاظمي', None, True, 'بلاده لم تعد'),
    ('004', 'direct', 'أكد', 'مصطفى الكاظمي', None, True, 'لكن الإطار الزمني'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, True, 'العراق ليست أفغانستان'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, True, 'هذه الزيارة تأتي'),
    ('004', 'indirect', 'نقل', 'مصادر', 'نيويورك تايمز', True, 'تحافظ واشنطن على'),
    ('004', 'direct', 'قال', 'أنتوني بلينكن', None, True, 'سنبحث مع الوفد'),
    ('004', 'direct', 'قال', 'فؤاد حسين', None, True, 'وجودنا هنا لإجراء'),
    ('004', 'direct', 'أضاف', 'فؤاد حسين', None, True, 'منطلقات الحوار تستند'),
]


def _rows(digest: Digest) -> list[tuple]:
    (story,) = digest.stories
    names = {e.id: e.name for e in story.entities}
    rows = []
    for q in sorted(story.quotes, key=lambda q: (q.article, q.start)):
        speaker = names[q.speaker] if q.speaker else q.speaker_name
        relay = names[q.relayed_by] if q.relayed_by else q.relayed_by_name
        rows.append((q.article[:3], q.kind, q.cue, speaker, relay, attributed(q), " ".join(q.text.split()[:3])))
    return rows


def test_demo_quotes_match_the_reviewed_snapshot(demo_digest: Digest) -> None:
    assert _rows(demo_digest) == DEMO_QUOTES


def test_demo_gold_quotes_have_the_gold_speakers(demo_digest: Digest, gold: dict) -> None:
    (story,) = demo_digest.stories
    entities = {e.id: e for e in story.entities}
    for expected in gold["quotes"]:
        found = [q for q in story.quotes if q.article[:3] == expected["doc"] and expected["contains"] in q.text]
        assert found, expected
        assert all(q.speaker and entities[q.speaker].name == expected["speaker"] for q in found), (expected, found)


def test_demo_quote_spans_point_at_their_text(demo_digest: Digest) -> None:
    (story,) = demo_digest.stories
    for q in story.quotes:
        article = demo_digest.article(q.article)
        assert article.text[q.start : q.end] == q.text
        assert q.cue_span is not None
        if q.speaker_span is not None:
            assert article.text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker_name


def test_demo_relay_chain_keeps_agency_and_speaker(demo_digest: Digest) -> None:
    """001: ``نقلت وكالة الأنباء العراقية الرسمية (واع) عن المتحدث … اللواء تحسين الخفاجي قوله``."""
    (story,) = demo_digest.stories
    names = {e.id: e.name for e in story.entities}
    (quote,) = [q for q in story.quotes if "لم يتلق طلبا من أمريكا" in q.text]
    assert (names[quote.speaker], names[quote.relayed_by], quote.cue) == (
        "تحسين الخفاجي", "وكالة الأنباء العراقية", "نقل"
    )
