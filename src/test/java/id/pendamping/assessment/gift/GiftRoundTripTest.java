package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the parser reads, the writer writes so that the parser reads it back equal. */
class GiftRoundTripTest {

    /** A question bank as a training centre might write it: every type, Indonesian text, escapes, oddities. */
    static final String SAMPLE = """
            // Bank soal: Pelatihan Dasar Pendamping
            // (komentar berkas, tidak melekat pada soal)

            $CATEGORY: $course$/top/Pelatihan Dasar/Bab 1 – Peran Pendamping

            // Pilihan ganda dengan umpan balik dan umpan balik umum
            // disusun oleh Pak André, Yogyakarta
            ::PG-01 Peran utama:: Apa peran utama seorang pendamping dalam program “Keluarga Harapan”? {
                =Memfasilitasi keluarga penerima manfaat#Benar! Pendamping memfasilitasi, bukan menggantikan.
                ~Menyalurkan bantuan tunai secara langsung#Kurang tepat: penyaluran dilakukan oleh bank.
                ~%25%Mencatat kehadiran#Sebagian benar, tetapi bukan peran utama.
                ~Menentukan besaran bantuan
                ####Lihat Modul 1, hlm. 12–14.
            }

            ::PG-02:: [html]<p>Siapa yang menulis <em>“Habis Gelap Terbitlah Terang”</em>?</p> {=R.A. Kartini ~Cut Nyak Dhien ~Dewi Sartika}

            ::PR-03 Prinsip:: [markdown]Pilih **dua** prinsip pendampingan yang benar. {
                ~%50%Partisipatif
                ~%50%Menghormati martabat penerima manfaat#Ya — ‘martabat’ adalah kata kuncinya.
                ~%-50%Menggurui
                ~%-33.33333%Memutuskan atas nama keluarga
            }

            ::BS-04:: Pendamping boleh meminta imbalan dari keluarga dampingan.{FALSE#Salah besar: itu pungutan liar.#Tepat, pendamping dilarang meminta imbalan.}

            ::BS-05::Sekolah di café boleh dipakai untuk P2K2.{T}

            $CATEGORY: $course$/top/Pelatihan Dasar/Bab 2 – Istilah

            ::IS-06:: Ibu kota provinsi Jawa Barat adalah {=Bandung =Kota Bandung =%50%Bandoeng#Ejaan lama, setengah nilai.}.

            ::IS-07:: Candi {~Prambanan =Borobudur ~Mendut} adalah candi Buddha terbesar.

            ::MJ-08:: Pasangkan istilah dengan artinya. {
                =KPM -> Keluarga Penerima Manfaat
                =PKH -> Program Keluarga Harapan
                =P2K2 -> Pertemuan Peningkatan Kemampuan Keluarga
                = -> Pusat Kesehatan Masyarakat
                #### Istilah ini dipakai di seluruh modul.
            }

            ::NM-09:: Berapa persen (%) target kehadiran minimal P2K2? {#
                =80:5#Benar.
                =%50%75..90#Hampir.
                ~#Lihat pedoman P2K2.
            }

            ::NM-10:: Nilai π sampai dua desimal adalah {#3.14:0.005}.

            ::NM-11:: Tahun berdirinya PKH? {#2007}

            ::ES-12:: Ceritakan pengalaman Anda mendampingi keluarga
            di lapangan (minimal 150 kata). {####Dinilai oleh asesor dengan rubrik R-2.}

            ::Petunjuk:: [markdown]**Bagian B** — soal-soal berikut tentang *kode etik*.

            // Karakter khusus
            ::ES\\:13 Rumus:: Dalam Excel, \\=SUM(A1\\:A3) memakai tanda \\{ \\} \\~ \\# dan \\\\.\\nBaris kedua. {
                =\\=SUM#Benar\\: fungsi penjumlahan.
                ~\\=AVERAGE
                ~%0%%SUM%
            }

            ::TF-14:: 2 + 2 = 4 # benar ~ kan? {TRUE##Tepat sekali.####Aritmetika dasar.}

            Soal tanpa nama: kapan Sumpah Pemuda diikrarkan? {
                =28 Oktober 1928
                ~17 Agustus 1945 # itu Proklamasi
                // catatan penyusun di dalam soal, dibuang
                ~20 Mei 1908 # itu Kebangkitan Nasional
            }

            ::Pola _____:: Isilah _____ dengan kata yang tepat: gotong _____ {=royong}
            """;

    @Test
    void readsTheSampleAsExpected() {
        List<GiftQuestion> questions = GiftParser.parse(SAMPLE);
        assertThat(questions).extracting(GiftQuestion::type).containsExactly(
                GiftType.MULTIPLE_CHOICE, GiftType.MULTIPLE_CHOICE, GiftType.MULTIPLE_RESPONSE, GiftType.TRUE_FALSE,
                GiftType.TRUE_FALSE, GiftType.SHORT_ANSWER, GiftType.MULTIPLE_CHOICE, GiftType.MATCHING,
                GiftType.NUMERICAL, GiftType.NUMERICAL, GiftType.NUMERICAL, GiftType.ESSAY, GiftType.DESCRIPTION,
                GiftType.MULTIPLE_CHOICE, GiftType.TRUE_FALSE, GiftType.MULTIPLE_CHOICE, GiftType.SHORT_ANSWER);
        assertThat(questions.get(0).comments())
                .containsExactly("Pilihan ganda dengan umpan balik dan umpan balik umum", "disusun oleh Pak André, Yogyakarta");
        assertThat(questions.get(0).stem()).isEqualTo("Apa peran utama seorang pendamping dalam program “Keluarga Harapan”?");
        assertThat(questions.get(0).category()).isEqualTo("$course$/top/Pelatihan Dasar/Bab 1 – Peran Pendamping");
        assertThat(questions.get(5).category()).isEqualTo("$course$/top/Pelatihan Dasar/Bab 2 – Istilah");
        assertThat(questions.get(11).stem()).isEqualTo("Ceritakan pengalaman Anda mendampingi keluarga\ndi lapangan (minimal 150 kata).");
        assertThat(questions.get(13).name()).isEqualTo("ES:13 Rumus");
        assertThat(questions.get(13).stem()).isEqualTo("Dalam Excel, =SUM(A1:A3) memakai tanda { } ~ # dan \\.\nBaris kedua.");
        assertThat(questions.get(13).answers()).extracting(GiftAnswer::text).containsExactly("=SUM", "=AVERAGE", "%SUM%");
        assertThat(questions.get(14).stem()).isEqualTo("2 + 2 = 4 # benar ~ kan?");
        assertThat(questions.get(16).stem()).isEqualTo("Isilah _____ dengan kata yang tepat: gotong _____");
        assertThat(questions).extracting(GiftQuestion::line).startsWith(8, 16, 18, 25, 27, 31, 33, 35);
    }

    @Test
    void readsBackWhatItWritesEqual() {
        List<GiftQuestion> questions = GiftParser.parse(SAMPLE);
        String written = GiftWriter.write(questions);
        assertThat(GiftParser.parse(written)).isEqualTo(questions);
    }

    @Test
    void writesTheSameTextAgainOnceNormalised() {
        String written = GiftWriter.write(GiftParser.parse(SAMPLE));
        assertThat(GiftWriter.write(GiftParser.parse(written))).isEqualTo(written);
    }

    @Test
    void keepsEachQuestionEqualOnItsOwn() {
        for (GiftQuestion question : GiftParser.parse(SAMPLE)) {
            assertThat(GiftParser.parse(GiftWriter.write(List.of(question)))).as(question.name()).containsExactly(question);
        }
    }

    @Test
    void keepsTheMoodleDocumentationExamplesEqual() {
        String examples = """
                Who's buried in Grant's tomb?{=Grant ~no one ~Napoleon ~Churchill ~Mother Teresa }

                Grant is {~buried =entombed ~living} in Grant's tomb.

                Grant is buried in Grant's tomb.{F}

                Who's buried in Grant's tomb?{=no one =nobody}

                When was Ulysses S. Grant born?{#1822:5}

                Match the following countries with their corresponding capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}

                What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

                When was Ulysses S. Grant born? {# =1822:0 =%50%1822:2}

                What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}

                Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}

                Write a short biography of Dag Hammarskjold. {}

                You can use your pencil and paper for these next math questions.
                """;
        List<GiftQuestion> questions = GiftParser.parse(examples);
        assertThat(questions).hasSize(12);
        assertThat(GiftParser.parse(GiftWriter.write(questions))).isEqualTo(questions);
    }

    @Test
    void keepsQuestionsBuiltInCodeEqual() {
        List<GiftQuestion> questions = List.of(
                GiftQuestion.builder(GiftType.SHORT_ANSWER, "Semboyan: Bhinneka Tunggal _____, artinya berbeda-beda")
                        .category("Umum").name("::Semboyan::").answer(GiftAnswer.right("Ika").withFeedback("#1 ~ {benar}"))
                        .build(),
                GiftQuestion.builder(GiftType.MULTIPLE_RESPONSE, "[catatan] C:\\data\\new\\n bukan baris baru")
                        .category("Umum").format(GiftFormat.PLAIN)
                        .answer(GiftAnswer.weighted("100", "%%")).answer(GiftAnswer.wrong("->"))
                        .build(),
                GiftQuestion.builder(GiftType.NUMERICAL, "Suhu?").category("Umum")
                        .numericAnswer(GiftNumericAnswer.of("-0.5", "0.25")).numericAnswer(GiftNumericAnswer.anyOther(null))
                        .generalFeedback("####").build(),
                GiftQuestion.builder(GiftType.TRUE_FALSE, "Benar?").category("Umum").trueFalse(false, "#", "##").build());
        assertThat(GiftParser.parse(GiftWriter.write(questions))).isEqualTo(questions);
    }
}
