"""Quotes of the demo story: the analyst's gold quotes with their speakers, and every quote marsad
extracts, reviewed by hand against the articles (a snapshot: a change must be reviewed again)."""

from __future__ import annotations

from marsad.model import Digest

# Every quote of the demo story: (article, kind, cue, speaker, relayed by, first words). Reviewed line by
# line against examples/iraq-2021: each speaker is who the article says made the statement. Speakers the
# story has no entity for are shown as written (``البلدان``، ``مصادر``، ``المسؤول الأمريكي``: the last is
# McKenzie, but the article only says "the American official", so it stays unlinked rather than guessed);
# ``None`` is 001's ``مؤكدة أنها ليست بصدد …``, whose subject (the United States, a place) is no speaker.
DEMO_QUOTES = [
    ('000', 'indirect', 'أكد', 'القيادة المركزية الأمريكية', None, 'انسحاب قواتها من'),
    ('000', 'direct', 'أضاف', 'مصطفى الكاظمي', None, 'العراق سيبقى فخوراً'),
    ('000', 'direct', 'أضاف', 'مصطفى الكاظمي', None, 'الإسناد والدعم والتدريب'),
    ('000', 'direct', 'أثنى', 'كينيث ماكنزي', None, 'التنامي المستمر لقدرات'),
    ('000', 'direct', 'لفت', 'كينيث ماكنزي', None, 'مراسم التي جرت'),
    ('000', 'direct', 'أكد', 'كينيث ماكنزي', None, 'تخفيض مستوى التواجد'),
    ('001', 'indirect', 'أكد', 'السلطات العراقية', None, 'لم تتلق طلبا'),
    ('001', 'direct', 'نقل', 'تحسين الخفاجي', 'وكالة الأنباء العراقية', 'إن الجانب العراقي'),
    ('001', 'direct', 'أضاف', 'تحسين الخفاجي', None, 'الجانب الأمريكي ملتزم'),
    ('001', 'indirect', 'أوضح', 'تحسين الخفاجي', None, 'التعاون بين البلدين'),
    ('001', 'indirect', 'كشف', 'تحسين الخفاجي', None, 'وجود عمل مستمر'),
    ('001', 'indirect', 'أشار', 'تحسين الخفاجي', None, 'العراق إذا احتاج'),
    ('001', 'indirect', 'لفت', 'تحسين الخفاجي', None, 'اللجنة العراقية -'),
    ('001', 'indirect', 'قال', 'تحسين الخفاجي', None, 'القوات الأمريكية بدأت'),
    ('001', 'indirect', 'أشار', 'تحسين الخفاجي', None, 'الأمريكيين لا يمتلكون'),
    ('001', 'direct', 'قال', 'تحسين الخفاجي', None, 'ذلك سيعتمد على'),
    ('001', 'indirect', 'ذكر', 'بيان صادر', None, 'جرى خلال اللقاء'),
    ('001', 'direct', 'نقل', 'كينيث ماكنزي', 'البيان', 'تخفيض مستوى التواجد'),
    ('001', 'indirect', 'أكد', None, None, 'ليست بصدد إقامة'),
    ('002', 'direct', 'قال', 'كينيث ماكنزي', None, 'إن القوات الأمريكية'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, 'على الرغم من'),
    ('002', 'indirect', 'أشار', 'كينيث ماكنزي', None, 'الميليشيات المدعومة من'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, 'التصعيد المستمر للعنف'),
    ('002', 'direct', 'أضاف', 'كينيث ماكنزي', None, 'إنهم يريدون حقاً'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, 'هذا قد يثير'),
    ('002', 'direct', 'أضاف', 'كينيث ماكنزي', None, 'تنسحب القوات الأمريكية'),
    ('002', 'indirect', 'أوضح', 'كينيث ماكنزي', None, 'الوجود العام للقوات'),
    ('002', 'indirect', 'حذر', 'كينيث ماكنزي', None, 'مقاتلي داعش سيستمرون'),
    ('002', 'direct', 'وصف', 'المسؤول الأمريكي', None, 'حقيقة مهمة للغاية'),
    ('002', 'indirect', 'أعلن', 'بغداد', None, '“الكاظمي” نجا من'),
    ('002', 'indirect', 'ختم', 'كينيث ماكنزي', None, 'من المهم العمل'),
    ('002', 'indirect', 'أضاف', 'كينيث ماكنزي', None, 'بلاده ستدرس القواعد'),
    ('002', 'indirect', 'أشار', 'قاسم الأعرجي', None, 'العلاقة مع التحالف'),
    ('003', 'direct', 'أكد', 'البلدان', None, 'مهمة الولايات المتحدة'),
    ('003', 'direct', 'قال', 'فؤاد حسين', None, 'العراق يسعى لتعزيز'),
    ('003', 'indirect', 'شدد', 'فؤاد حسين', None, 'ضرورة "تعزيز الشراكة'),
    ('003', 'direct', 'أوضح', 'فؤاد حسين', None, 'القوات العراقية بحاجة'),
    ('003', 'indirect', 'أكد', 'أنتوني بلينكن', None, 'العراق شهد انفتاحا'),
    ('003', 'direct', 'أضاف', 'أنتوني بلينكن', None, 'اجتماعنا يأتي تأكيدا'),
    ('003', 'direct', 'بين', 'أنتوني بلينكن', None, 'الحكومة العراقية ماضية'),
    ('003', 'direct', 'أوضح', 'أنتوني بلينكن', None, 'الحكومة العراقية كرّست'),
    ('003', 'indirect', 'قال', 'مصطفى الكاظمي', None, 'الحوار الإستراتيجي بين'),
    ('003', 'indirect', 'أضاف', 'مصطفى الكاظمي', None, 'سيتم خلال جلسة'),
    ('003', 'indirect', 'أكد', 'مصطفى الكاظمي', None, 'التطور الكبير في'),
    ('003', 'indirect', 'قال', 'مصطفى الكاظمي', None, 'هذا الأمر مكّن'),
    ('004', 'indirect', 'قال', 'مصطفى الكاظمي', None, 'العراق ليست أفغانستان'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, 'العراق والولايات المتحدة'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, 'القوات الأمنية العراقية'),
    ('004', 'indirect', 'أكد', 'مصطفى الكاظمي', None, 'بلاده لم تعد'),
    ('004', 'direct', 'أكد', 'مصطفى الكاظمي', None, 'لكن الإطار الزمني'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, 'العراق ليست أفغانستان'),
    ('004', 'direct', 'قال', 'مصطفى الكاظمي', None, 'هذه الزيارة تأتي'),
    ('004', 'indirect', 'نقل', 'مصادر', 'نيويورك تايمز', 'تحافظ واشنطن على'),
    ('004', 'direct', 'قال', 'أنتوني بلينكن', None, 'سنبحث مع الوفد'),
    ('004', 'direct', 'قال', 'فؤاد حسين', None, 'وجودنا هنا لإجراء'),
    ('004', 'direct', 'أضاف', 'فؤاد حسين', None, 'منطلقات الحوار تستند'),
]


def _rows(digest: Digest) -> list[tuple]:
    (story,) = digest.stories
    names = {e.id: e.name for e in story.entities}
    rows = []
    for q in sorted(story.quotes, key=lambda q: (q.article, q.start)):
        speaker = names[q.speaker] if q.speaker else q.speaker_name
        relay = names[q.relayed_by] if q.relayed_by else q.relayed_by_name
        rows.append((q.article[:3], q.kind, q.cue, speaker, relay, " ".join(q.text.split()[:3])))
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
