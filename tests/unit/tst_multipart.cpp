#include "Multipart.h"

#include <QRandomGenerator>
#include <QTest>

using namespace chairside;
using namespace chairside::api;

namespace {

const QByteArray kType = "multipart/form-data; boundary=xYzZY";

// One part as a client writes it, boundary line included.
QByteArray part(const QByteArray& headers, const QByteArray& data, const QByteArray& boundary = "xYzZY")
{
    return "--" + boundary + "\r\n" + headers + "\r\n\r\n" + data + "\r\n";
}

QByteArray field(const QByteArray& name, const QByteArray& value)
{
    return part("Content-Disposition: form-data; name=\"" + name + "\"", value);
}

QByteArray file(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
                const QByteArray& data)
{
    return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName +
                    "\"\r\nContent-Type: " + type,
                data);
}

QByteArray closing(const QByteArray& boundary = "xYzZY")
{
    return "--" + boundary + "--\r\n";
}

// Every byte value, and the line ends and boundary fragments that a naive parser stops at.
QByteArray awkwardBinary()
{
    QByteArray data;
    for (int i = 0; i < 256; ++i)
        data += char(i);
    data += "\r\n\r\n";
    data += "\r\n--";
    data += "\r\n--xYz";        // the boundary's beginning
    data += "\r\n--xYzZYextra"; // the whole boundary, but not as a line of its own
    data += "--xYzZY";          // the boundary without the line end before it
    data += QByteArray("\0\r\n", 3);
    data += "\r"; // the part ends in half a line end
    return data;
}

QString reason(const Result<MultipartBody>& r)
{
    return r.ok() ? QStringLiteral("(parsed)") : r.error().message;
}

} // namespace

// parseMultipart (RFC 7578) without a server: well-formed bodies as clients send them, binary files that
// contain what delimiters are made of, and every malformed shape with the reason a client is told.
class TestMultipart : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAndAFile()
    {
        const QByteArray pdf = "%PDF-1.7\n" + QByteArray(5000, 'x') + "\n%%EOF";
        const QByteArray body = field("patient", "0190b7e0-0000-7000-8000-000000000001") +
                                field("report_type", "X-ray") +
                                file("file", "report.pdf", "application/pdf", pdf) + closing();
        auto r = parseMultipart(body, kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.size(), 2);
        QCOMPARE(r->fields.value(QStringLiteral("patient")).toString(),
                 QStringLiteral("0190b7e0-0000-7000-8000-000000000001"));
        QCOMPARE(r->fields.value(QStringLiteral("report_type")).toString(), QStringLiteral("X-ray"));
        QCOMPARE(r->files.size(), 1);
        QCOMPARE(r->files[0].field, QStringLiteral("file"));
        QCOMPARE(r->files[0].fileName, QStringLiteral("report.pdf"));
        QCOMPARE(r->files[0].contentType, QByteArray("application/pdf"));
        QCOMPARE(r->files[0].data, pdf);
    }

    void binaryDataWithLineEndsAndBoundaryFragments()
    {
        const QByteArray data = awkwardBinary();
        const QByteArray body = file("scan", "scan.bin", "application/octet-stream", data) +
                                field("note", "a\r\n--xYzZY-\r\nb") + closing();
        auto r = parseMultipart(body, kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->files.size(), 1);
        QCOMPARE(r->files[0].data, data);
        QCOMPARE(r->fields.value(QStringLiteral("note")).toString(), QStringLiteral("a\r\n--xYzZY-\r\nb"));

        // Random bytes in several files, none of them holding the delimiter.
        QRandomGenerator random(7);
        QList<QByteArray> blobs;
        QByteArray many;
        for (int i = 0; i < 5; ++i) {
            QByteArray blob(int(random.bounded(1, 70000)), Qt::Uninitialized);
            for (char& c : blob)
                c = char(random.bounded(256));
            blob.replace("\r\n--xYzZY", "\r\n--xYzZy");
            blobs << blob;
            many += file("images", "img" + QByteArray::number(i) + ".png", "image/png", blob);
        }
        auto several = parseMultipart(many + closing(), kType);
        QVERIFY2(several.ok(), qPrintable(reason(several)));
        QCOMPARE(several->files.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(several->files[i].field, QStringLiteral("images"));
            QCOMPARE(several->files[i].fileName, QStringLiteral("img%1.png").arg(i));
            QCOMPARE(several->files[i].data, blobs[i]);
        }
    }

    void quotedAndOddlyCasedBoundaries()
    {
        // Quotes are needed for ':' and '='; the parameter and media type names are case-insensitive, the
        // boundary itself is not.
        const QByteArray boundary = "----=_Part:17 aB";
        const QByteArray body =
            part("content-disposition: form-data; name=\"a\"", "1", boundary) + "--" + boundary + "--";
        auto r = parseMultipart(body, "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"" + boundary + "\"");
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.value(QStringLiteral("a")).toString(), QStringLiteral("1"));

        // The same boundary in another case is another boundary.
        QVERIFY(!parseMultipart(body, "multipart/form-data; boundary=\"----=_part:17 ab\"").ok());

        // A browser's unquoted boundary, after other parameters.
        const QByteArray webkit = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
        auto browser =
            parseMultipart(part("Content-Disposition: form-data; name=\"b\"", "2", webkit) + closing(webkit),
                           "multipart/form-data; boundary=" + webkit);
        QVERIFY2(browser.ok(), qPrintable(reason(browser)));
        QCOMPARE(browser->fields.value(QStringLiteral("b")).toString(), QStringLiteral("2"));
    }

    void repeatedTextFieldKeepsTheLastValueLikeForms()
    {
        auto r = parseMultipart(field("tag", "first") + field("tag", "second") + closing(), kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.size(), 1);
        QCOMPARE(r->fields.value(QStringLiteral("tag")).toString(), QStringLiteral("second"));
    }

    void preambleEpiloguePaddingAndFoldedHeaders()
    {
        const QByteArray body = "This is a preamble.\r\nIt is ignored.\r\n" +
                                QByteArray("--xYzZY \t\r\n") + // transport padding after the boundary
                                "Content-Disposition: form-data;\r\n name=\"folded\"\r\n\r\nvalue\r\n" +
                                "--xYzZY--  \r\nAn epilogue, also ignored.\r\n--xYzZY\r\nnot a part";
        auto r = parseMultipart(body, kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields, (QVariantMap{{QStringLiteral("folded"), QStringLiteral("value")}}));
        QVERIFY(r->files.isEmpty());
    }

    void emptyValuesAndAnEmptyForm()
    {
        auto r = parseMultipart(field("empty", "") + closing(), kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.value(QStringLiteral("empty")), QVariant(QString()));
        QVERIFY(r->fields.contains(QStringLiteral("empty")));

        auto none = parseMultipart(closing(), kType);
        QVERIFY2(none.ok(), qPrintable(reason(none)));
        QVERIFY(none->fields.isEmpty() && none->files.isEmpty());

        // An empty file with a name is a file; a browser's untouched file input (no name, no bytes) is not.
        auto files = parseMultipart(
            file("a", "empty.txt", "text/plain", "") + file("b", "", "", "") + closing(), kType);
        QVERIFY2(files.ok(), qPrintable(reason(files)));
        QCOMPARE(files->files.size(), 1);
        QCOMPARE(files->files[0].fileName, QStringLiteral("empty.txt"));
        QVERIFY(files->files[0].data.isEmpty());
    }

    void textIsUtf8AndFilesWithoutATypeAreOctetStreams()
    {
        const QByteArray body =
            field("naïve", "Zahnärztin — 歯科") +
            part("Content-Disposition: form-data; name=\"f\"; filename=\"Röntgen.png\"", "\x89PNG") +
            closing();
        auto r = parseMultipart(body, kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.value(QStringLiteral("naïve")).toString(), QStringLiteral("Zahnärztin — 歯科"));
        QCOMPARE(r->files[0].fileName, QStringLiteral("Röntgen.png"));
        QCOMPARE(r->files[0].contentType, QByteArray("application/octet-stream"));
    }

    void fileNamesAreDataNotPaths()
    {
        const QList<std::pair<QByteArray, QString>> cases{
            {"C:\\Users\\desk\\Documents\\report.pdf", QStringLiteral("report.pdf")},
            {"../../etc/passwd", QStringLiteral("passwd")},
            {"/var/lib/chairside/chairside.db", QStringLiteral("chairside.db")},
            {"..", QString()},
            {"dir/..", QString()},
            {"a\tb\x01"
             "c.png",
             QStringLiteral("abc.png")},
            {"with \\\"quote\\\".pdf", QStringLiteral("with \"quote\".pdf")},
            {"semi;colon.pdf", QStringLiteral("semi;colon.pdf")},
        };
        for (const auto& [sent, kept] : cases) {
            auto r = parseMultipart(
                part("Content-Disposition: form-data; name=\"f\"; filename=\"" + sent + '"', "data") +
                    closing(),
                kType);
            QVERIFY2(r.ok(), qPrintable(reason(r)));
            QCOMPARE(r->files.size(), 1);
            QVERIFY2(r->files[0].fileName == kept, sent.constData());
        }
        // filename* (RFC 5987) wins over filename when a client sends both.
        auto extended = parseMultipart(part("Content-Disposition: form-data; name=\"f\"; filename=\"x.pdf\"; "
                                            "filename*=UTF-8''Befund%20M%C3%BCller.pdf",
                                            "data") +
                                           closing(),
                                       kType);
        QVERIFY2(extended.ok(), qPrintable(reason(extended)));
        QCOMPARE(extended->files[0].fileName, QStringLiteral("Befund Müller.pdf"));
        QCOMPARE(safeFileName(QStringLiteral("..\\..\\x.png")), QStringLiteral("x.png"));
    }

    void malformedBodiesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray good = field("a", "1") + closing();
        QTest::newRow("no boundary") << QByteArray("multipart/form-data") << good << "no valid boundary";
        QTest::newRow("empty boundary")
            << QByteArray("multipart/form-data; boundary=\"\"") << good << "no valid boundary";
        QTest::newRow("boundary over 70 characters")
            << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b')) << good
            << "no valid boundary";
        QTest::newRow("empty body") << kType << QByteArray() << "no boundary line";
        QTest::newRow("another boundary")
            << kType << field("a", "1").replace("xYzZY", "other") << "no boundary line";
        QTest::newRow("boundary not on a line of its own")
            << kType << "preamble--xYzZY\r\n" + QByteArray("Content-Disposition: form-data; name=a\r\n\r\n1")
            << "no boundary line";
        QTest::newRow("no closing delimiter") << kType << field("a", "1") << "without the closing boundary";
        QTest::newRow("cut off in the data")
            << kType << field("a", "1") + "--xYzZY\r\nContent-Disposition: form-data; name=b\r\n\r\nhal"
            << "without the closing boundary";
        QTest::newRow("cut off after the boundary") << kType << field("a", "1") + "--xYzZY"
                                                    << "without the closing boundary";
        QTest::newRow("cut off after the first boundary")
            << kType << QByteArray("--xYzZY") << "without the closing boundary";
        QTest::newRow("closing dash missing") << kType << field("a", "1") + "--xYzZY-"
                                              << "without the closing boundary";
        QTest::newRow("no Content-Disposition")
            << kType << part("Content-Type: text/plain", "1") + closing() << "no Content-Disposition";
        QTest::newRow("no headers at all")
            << kType << "--xYzZY\r\n\r\n1\r\n" + closing() << "no Content-Disposition";
        QTest::newRow("empty part") << kType << "--xYzZY\r\n\r\n" + closing() << "no Content-Disposition";
        QTest::newRow("no name") << kType
                                 << part("Content-Disposition: form-data; filename=\"x.pdf\"", "1") +
                                        closing()
                                 << "no name";
        QTest::newRow("empty name") << kType
                                    << part("Content-Disposition: form-data; name=\"\"", "1") + closing()
                                    << "no name";
        QTest::newRow("not form-data")
            << kType << part("Content-Disposition: attachment; name=\"a\"", "1") + closing()
            << "not form-data";
        QTest::newRow("headers without end")
            << kType << "--xYzZY\r\nContent-Disposition: form-data; name=\"a\"\r\n1\r\n" + closing()
            << "do not end with an empty line";
        QTest::newRow("header line without a name")
            << kType << part("Content-Disposition: form-data; name=\"a\"\r\nnonsense", "1") + closing()
            << "header line has no name";
        QByteArray tooMany;
        for (int i = 0; i <= kMaxMultipartParts; ++i)
            tooMany += field("f" + QByteArray::number(i), "x");
        QTest::newRow("too many parts") << kType << tooMany + closing() << "more than 100 parts";
    }

    void malformedBodiesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        auto r = parseMultipart(body, contentType);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Multipart form parse error - ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void exactlyTheCapOfPartsIsFine()
    {
        QByteArray body;
        for (int i = 0; i < kMaxMultipartParts; ++i)
            body += field("f" + QByteArray::number(i), "x");
        auto r = parseMultipart(body + closing(), kType);
        QVERIFY2(r.ok(), qPrintable(reason(r)));
        QCOMPARE(r->fields.size(), kMaxMultipartParts);
    }

    // Every prefix of a good body, and the body with bytes changed at random, is either parsed or refused
    // as invalid, never a crash. (A read past the end shows only under a sanitizer; this loop, run longer,
    // was clean under -fsanitize=address,undefined with Qt's assertions on.)
    void truncatedAndMangledBodiesNeverCrash()
    {
        const QByteArray good = field("a", "1") +
                                file("f", "x.bin", "application/octet-stream", awkwardBinary()) +
                                part("Content-Disposition: form-data;\r\n name=b", "2") + closing();
        QVERIFY(parseMultipart(good, kType).ok());
        for (qsizetype n = 0; n < good.size(); ++n) {
            auto r = parseMultipart(good.left(n), kType);
            QVERIFY(r.ok() || r.error().code == Error::Code::Invalid);
        }
        QRandomGenerator random(11);
        const QByteArray alphabet("\r\n-xYzZ\" ;:=");
        for (int round = 0; round < 3000; ++round) {
            QByteArray mangled = good;
            for (int i = 0; i < 4; ++i)
                mangled[random.bounded(int(mangled.size()))] = alphabet[random.bounded(int(alphabet.size()))];
            auto r = parseMultipart(mangled, kType);
            QVERIFY(r.ok() || r.error().code == Error::Code::Invalid);
        }
    }
};

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
