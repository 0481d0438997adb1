"""The print files as a print shop gets them: sizes, text, fonts, photos and QR codes."""

import io

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from pypdf import PdfReader

from exhibitions.print.catalogue import render_catalogue
from exhibitions.print.document import Paper
from exhibitions.print.labels import render_labels
from exhibitions.print.tour import render_poster

from . import print_samples as samples

TRILINGUAL = ("ky", "ru", "en")
POINTS = {
    Paper.A3: (841.89, 1190.55),
    Paper.A4: (595.28, 841.89),
    Paper.A5: (419.53, 595.28),
    Paper.A6: (297.64, 419.53),
}


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def text_of(pdf: bytes, page: int | None = None) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    chosen = pages if page is None else [pages[page]]
    # Lines are joined: a title wrapped over two lines still reads as one phrase.
    return " ".join(" ".join(p.extract_text() for p in chosen).split())


def qr_codes(pdf: bytes, page: int = 0) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[page].render(scale=4).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(bitmap)]


def embedded_photos(pdf: bytes, page: int) -> list[dict]:
    """Each image on the page: its pixels and the size it is drawn at, in inches."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        photos = []
        for image in document[page].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = image.get_bounds()
            width, height = image.get_px_size()
            photos.append(
                {
                    "pixels": (width, height),
                    "dpi": (width / ((right - left) / 72), height / ((top - bottom) / 72)),
                    "image": image.get_bitmap(render=False).to_pil(),
                }
            )
        return photos
    finally:
        document.close()


def fonts_are_embedded(pdf: bytes) -> bool:
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            for descendant in font.get_object()["/DescendantFonts"]:
                fonts.append(descendant.get_object()["/FontDescriptor"].get_object())
    return bool(fonts) and all("/FontFile2" in descriptor for descriptor in fonts)


@pytest.mark.parametrize("paper", [Paper.A5, Paper.A6])
def test_labels_one_page_per_exhibit_on_the_chosen_paper(paper):
    exhibits = [samples.exhibit("a1"), samples.exhibit("b2"), samples.exhibit("c3")]

    pdf = render_labels(exhibits, paper, ("ky",))

    assert page_sizes(pdf) == [POINTS[paper]] * 3


def test_label_in_kyrgyz_has_the_title_with_kyrgyz_letters_and_the_credit():
    pdf = render_labels([samples.exhibit()], Paper.A6, ("ky",))

    text = text_of(pdf)
    assert samples.KY_TITLE in text
    assert {"ң", "ө", "ү"} <= set(text)
    assert "Сүрөт: А. Асанов / IOM Kyrgyzstan" in text
    assert "CC BY 4.0" in text
    assert samples.RU_TITLE not in text
    assert fonts_are_embedded(pdf)


def test_trilingual_label_has_all_three_languages():
    pdf = render_labels([samples.exhibit()], Paper.A6, TRILINGUAL)

    text = text_of(pdf)
    for title in (samples.KY_TITLE, samples.RU_TITLE, samples.EN_TITLE):
        assert title in text
    assert "Omurbek came home and built a greenhouse." in text


def test_a_language_without_a_translation_falls_back_to_kyrgyz_and_is_not_printed_twice():
    exhibit = samples.exhibit(title={"ky": samples.KY_TITLE}, caption={"ky": "Жалгыз текст."})

    english = text_of(render_labels([exhibit], Paper.A6, ("en",)))
    trilingual = text_of(render_labels([exhibit], Paper.A6, TRILINGUAL))

    assert samples.KY_TITLE in english
    assert trilingual.count(samples.KY_TITLE) == 1
    assert trilingual.count("Жалгыз текст.") == 1


def test_label_qr_code_decodes_to_the_short_link():
    pdf = render_labels([samples.exhibit("k7Q2xZ")], Paper.A6, TRILINGUAL)

    assert qr_codes(pdf) == ["https://cms.example/s/k7Q2xZ"]


@pytest.mark.parametrize("paper", [Paper.A5, Paper.A6])
def test_label_printed_for_a_venue_counts_its_scans(paper):
    pdf = render_labels([samples.exhibit("k7Q2xZ")], paper, ("ru",), venue_code="moscow")

    assert qr_codes(pdf) == ["https://cms.example/s/k7Q2xZ?v=moscow"]


def test_labels_are_not_printed_on_a4():
    with pytest.raises(ValueError, match="A5 or A6"):
        render_labels([samples.exhibit()], Paper.A4, ("ky",))


def test_catalogue_pages_cover_introduction_exhibits_and_tour():
    pdf = render_catalogue(samples.exhibition(), ("ky",))

    assert page_sizes(pdf) == [POINTS[Paper.A4]] * 5
    assert samples.EXHIBITION_TITLE in text_of(pdf, 0)
    assert "Бул көргөзмө үйдөгү долбоорлор жөнүндө." in text_of(pdf, 1)
    assert samples.KY_TITLE in text_of(pdf, 2)
    tour = text_of(pdf, 4)
    assert "Кыргыз Республикасынын Россиядагы элчилиги" in tour
    assert "2025" in tour
    assert fonts_are_embedded(pdf)


def test_trilingual_catalogue_has_each_language_on_the_exhibit_page():
    pdf = render_catalogue(samples.exhibition(), TRILINGUAL)

    page = text_of(pdf, 2)
    for title in (samples.KY_TITLE, samples.RU_TITLE, samples.EN_TITLE):
        assert title in page
    assert "Embassy in Moscow" in text_of(pdf, 4)


def test_catalogue_exhibit_page_has_its_qr_code_and_credit():
    pdf = render_catalogue(samples.exhibition(), ("ky",))

    assert qr_codes(pdf, 3) == ["https://cms.example/s/Ab3dEf"]
    assert "Сүрөт: А. Асанов / IOM Kyrgyzstan" in text_of(pdf, 3)


def test_a_large_original_is_embedded_at_300_dpi_no_more():
    pdf = render_catalogue(samples.exhibition(), ("ky",))

    (photo,) = embedded_photos(pdf, 2)
    assert photo["pixels"][0] < 4000
    assert photo["dpi"] == (pytest.approx(300, abs=1), pytest.approx(300, abs=1))


def test_a_small_original_is_embedded_as_it_is_never_enlarged():
    small = samples.exhibit(picture=samples.photo(size=(800, 600)))
    pdf = render_catalogue(samples.exhibition([small, samples.exhibit("b2")]), ("ky",))

    (photo,) = embedded_photos(pdf, 2)
    assert photo["pixels"] == (800, 600)


def test_the_photo_is_turned_as_its_exif_orientation_says():
    # Stored landscape, dark on the left; orientation 6 shows it portrait, dark on top.
    turned = samples.exhibit(picture=samples.photo(size=(1600, 1200), orientation=6))
    pdf = render_catalogue(samples.exhibition([turned, samples.exhibit("b2")]), ("ky",))

    (photo,) = embedded_photos(pdf, 2)
    width, height = photo["pixels"]
    assert height > width
    image = photo["image"].convert("L")
    assert image.getpixel((width // 2, height // 4)) < 60
    assert image.getpixel((width // 2, 3 * height // 4)) > 90


@pytest.mark.parametrize("paper", [Paper.A3, Paper.A4])
def test_poster_for_a_tour_stop(paper):
    exhibition = samples.exhibition()

    pdf = render_poster(
        exhibition, exhibition.tour[0], paper, ("ky",), link="https://cms.example/s/x1"
    )

    assert page_sizes(pdf) == [POINTS[paper]]
    text = text_of(pdf)
    assert samples.EXHIBITION_TITLE in text
    assert "Кыргыз Республикасынын Россиядагы элчилиги" in text
    assert "2025" in text
    assert qr_codes(pdf) == ["https://cms.example/s/x1"]
    assert len(embedded_photos(pdf, 0)) == 1
    assert fonts_are_embedded(pdf)


def test_example_dates_are_printed_as_examples():
    exhibition = samples.exhibition()

    pdf = render_poster(exhibition, exhibition.tour[0], Paper.A4, ("en",))

    assert "(example dates)" in text_of(pdf)
