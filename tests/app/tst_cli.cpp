#include "HttpClient.h"
#include "Station.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <csignal>

using chairside::geminiApiKeySecret;
using chairside::smtpPasswordSecret;
using chairside::app::SecretStoreKind;
using chairside::app::Station;
using chairside::test::freeLoopbackPort;

// Drives the real `chairside` binary, as scripts and the README do.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QString m_binary = qEnvironmentVariable("CHAIRSIDE_BINARY");

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args, const QByteArray& stdinData = {})
    {
        QProcess p;
        p.start(m_binary, args);
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // One number read from a store the binary wrote.
    static int count(const QString& dataDir, const QString& sqlText)
    {
        auto db = chairside::Database::open(dataDir + QStringLiteral("/chairside.db"));
        return db ? chairside::sql::scalar((*db)->connection(), sqlText)->toInt() : -1;
    }

    static QJsonObject post(QNetworkAccessManager& nam, const QString& url, const QJsonObject& body,
                            int* status)
    {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = nam.post(req, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "CHAIRSIDE_BINARY must name the built chairside");
    }

    void userAddCreatesAccountsAndRefusesBadInput()
    {
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
                               QStringLiteral("add")};
        Run ok = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("boss@clinic.org"),
                                        QStringLiteral("--role"), QStringLiteral("admin"),
                                        QStringLiteral("--name"), QStringLiteral("Ada Boss"),
                                        QStringLiteral("--password-stdin")},
                     "correct-horse-9\n");
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("boss@clinic.org")));

        Run duplicate = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("BOSS@clinic.org"),
                                               QStringLiteral("--role"), QStringLiteral("dentist"),
                                               QStringLiteral("--password-stdin")},
                            "another-pass-9\n");
        QVERIFY(duplicate.code != 0);
        QVERIFY2(duplicate.err.contains(QStringLiteral("already exists")), qPrintable(duplicate.err));

        Run badRole = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("x@clinic.org"),
                                             QStringLiteral("--role"), QStringLiteral("superuser"),
                                             QStringLiteral("--password-stdin")},
                          "another-pass-9\n");
        QCOMPARE(badRole.code, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("unknown role")));

        Run shortPassword = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("y@clinic.org"),
                                                   QStringLiteral("--role"), QStringLiteral("dentist"),
                                                   QStringLiteral("--password-stdin")},
                                "short\n");
        QVERIFY(shortPassword.code != 0);
        QVERIFY(shortPassword.err.contains(QStringLiteral("password")));

        Run unknownCommand = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("frobnicate")});
        QCOMPARE(unknownCommand.code, 2);
    }

    // Off loopback the station speaks HTTPS with its own certificate, whose fingerprint the start line and
    // `fingerprint` show alike; its key goes to the secret store, never beside the certificate. Plain HTTP
    // there only when asked for, with a warning.
    void headlessOnTheLanServesHttpsWithItsOwnCertificate()
    {
        QTemporaryDir dir;
        const QStringList fingerprintArgs{QStringLiteral("--data-dir"), dir.path(),
                                          QStringLiteral("--headless"), QStringLiteral("fingerprint")};
        Run shown = run(fingerprintArgs);
        QCOMPARE(shown.code, 0);
        const QString fingerprint = shown.out.trimmed();
        QCOMPARE(fingerprint.size(), 95);
        QCOMPARE(run(fingerprintArgs).out.trimmed(), fingerprint);
        QFile certificate(QDir(dir.path()).filePath(QStringLiteral("station-certificate.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QVERIFY(!certificate.readAll().contains("PRIVATE KEY"));

        const quint16 port = freeLoopbackPort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_PORT"), QStringLiteral("0"));
        const auto serve = [&](QProcess& station, const QStringList& extra) {
            station.setProcessEnvironment(env);
            station.start(m_binary,
                          QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                      QStringLiteral("--listen"), QStringLiteral("0.0.0.0:%1").arg(port)} +
                              extra);
        };
        QProcess station;
        serve(station, {});
        QVERIFY(station.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (output += station.readAllStandardOutput()).contains("Certificate fingerprint"),
            qPrintable(QString::fromUtf8(output + station.readAllStandardError())), 15000);
        QVERIFY2(output.contains("https://0.0.0.0:"), output.constData());
        QVERIFY2(output.contains(fingerprint.toLatin1()), output.constData());
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
        QCOMPARE(
            chairside::test::HttpClient(base, fingerprint).get(QStringLiteral("/api/sync/peers/")).status,
            401);
        QCOMPARE(chairside::test::HttpClient(QStringLiteral("http://127.0.0.1:%1").arg(port))
                     .get(QStringLiteral("/api/sync/peers/"))
                     .status,
                 0);
        ::kill(pid_t(station.processId()), SIGTERM);
        QVERIFY(station.waitForFinished(15000));
        const QByteArray secrets = [&] {
            QFile file(QDir(dir.path()).filePath(QStringLiteral("secrets.json")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(secrets.contains("tls_private_key"));

        QProcess plain;
        serve(plain, {QStringLiteral("--plain-http")});
        QVERIFY(plain.waitForStarted());
        QByteArray plainOutput;
        QTRY_VERIFY_WITH_TIMEOUT((plainOutput += plain.readAllStandardOutput()).contains("listening"), 15000);
        QVERIFY2(plainOutput.contains("http://0.0.0.0:"), plainOutput.constData());
        QCOMPARE(chairside::test::HttpClient(QStringLiteral("http://127.0.0.1:%1").arg(port))
                     .get(QStringLiteral("/api/sync/peers/"))
                     .status,
                 401);
        ::kill(pid_t(plain.processId()), SIGTERM);
        QVERIFY(plain.waitForFinished(15000));
        QVERIFY(QString::fromUtf8(plain.readAllStandardError()).contains(QStringLiteral("plain HTTP")));
    }

    void headlessServesTheApiAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("--email"), QStringLiteral("desk@clinic.org"), QStringLiteral("--role"),
                      QStringLiteral("receptionist"), QStringLiteral("--password-stdin")},
                     "front-desk-9\n")
                     .code,
                 0);
        const quint16 port = freeLoopbackPort();
        QProcess station;
        station.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(station.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += station.readAllStandardOutput()).contains("listening"),
                                  qPrintable(QString::fromUtf8(output + station.readAllStandardError())),
                                  15000);

        QNetworkAccessManager nam;
        int status = 0;
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QJsonObject login = post(nam, base + QStringLiteral("/api/auth/login/"),
                                       {{QStringLiteral("email"), QStringLiteral("desk@clinic.org")},
                                        {QStringLiteral("password"), QStringLiteral("front-desk-9")}},
                                       &status);
        QCOMPARE(status, 200);
        QVERIFY(!login.value(QStringLiteral("access")).toString().isEmpty());
        QCOMPARE(login.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("receptionist"));

        ::kill(pid_t(station.processId()), SIGTERM);
        QVERIFY(station.waitForFinished(15000));
        QCOMPARE(station.exitStatus(), QProcess::NormalExit);
        QCOMPARE(station.exitCode(), 0);
        QVERIFY((output + station.readAllStandardOutput()).contains("stopped"));

        // The store it left is consistent and reopens with the account in it.
        QProcess again;
        again.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray againOutput;
        QTRY_VERIFY_WITH_TIMEOUT((againOutput += again.readAllStandardOutput()).contains("listening"), 15000);
        post(nam, base + QStringLiteral("/api/auth/login/"),
             {{QStringLiteral("email"), QStringLiteral("desk@clinic.org")},
              {QStringLiteral("password"), QStringLiteral("front-desk-9")}},
             &status);
        QCOMPARE(status, 200);
        again.terminate();
        QVERIFY(again.waitForFinished(15000));
    }

    void headlessSendsActivationMailToTheFileOutbox()
    {
        QTemporaryDir dir;
        QTemporaryDir outbox;
        const quint16 port = freeLoopbackPort();
        QProcess station;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHAIRSIDE_MAIL_URL"), QStringLiteral("file:") + outbox.path());
        env.insert(QStringLiteral("CHAIRSIDE_PUBLIC_URL"), QStringLiteral("https://clinic.example"));
        station.setProcessEnvironment(env);
        station.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += station.readAllStandardOutput()).contains("listening"), 15000);
        QNetworkAccessManager nam;
        int status = 0;
        post(nam, QStringLiteral("http://127.0.0.1:%1/api/auth/register/").arg(port),
             {{QStringLiteral("email"), QStringLiteral("new@clinic.org")},
              {QStringLiteral("password"), QStringLiteral("front-desk-9")}},
             &status);
        QCOMPARE(status, 201);
        auto emls = [&] { return QDir(outbox.path()).entryList({QStringLiteral("*.eml")}, QDir::Files); };
        QTRY_COMPARE_WITH_TIMEOUT(emls().size(), 1, 15000);
        QFile eml(QDir(outbox.path()).filePath(emls().first()));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray text = eml.readAll();
        QVERIFY(text.contains("To: new@clinic.org"));
        QVERIFY(text.contains("https://clinic.example/auth/activate/?user_id="));
        station.terminate();
        QVERIFY(station.waitForFinished(15000));
    }

    // A server has no display: the headless station starts its own offscreen GUI application, so it can
    // draw invoices and prescriptions.
    void headlessStationDrawsPdfsWithoutADisplay()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("--email"), QStringLiteral("desk@clinic.org"), QStringLiteral("--role"),
                      QStringLiteral("receptionist"), QStringLiteral("--password-stdin")},
                     "front-desk-9\n")
                     .code,
                 0);
        const quint16 port = freeLoopbackPort();
        QProcess station;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("WAYLAND_DISPLAY")})
            env.remove(name);
        station.setProcessEnvironment(env);
        station.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += station.readAllStandardOutput()).contains("listening"),
                                  qPrintable(QString::fromUtf8(output + station.readAllStandardError())),
                                  15000);

        chairside::test::HttpClient http(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString access =
            http.post(QStringLiteral("/api/auth/login/"),
                      QJsonObject{{QStringLiteral("email"), QStringLiteral("desk@clinic.org")},
                                  {QStringLiteral("password"), QStringLiteral("front-desk-9")}})
                .object()
                .value(QStringLiteral("access"))
                .toString();
        const auto patient = http.post(QStringLiteral("/api/patients/"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}, access);
        QCOMPARE(patient.status, 201);
        const auto invoice =
            http.post(QStringLiteral("/api/invoices/generate/"),
                      QJsonObject{{QStringLiteral("patient"), patient.object().value(QStringLiteral("id"))},
                                  {QStringLiteral("total_amount"), QStringLiteral("75.00")},
                                  {QStringLiteral("invoice_number"), QStringLiteral("INV-7")}},
                      access);
        QCOMPARE(invoice.status, 201);
        const auto pdf = http.get(QStringLiteral("/api/invoices/%1/pdf/")
                                      .arg(invoice.object().value(QStringLiteral("id")).toString()),
                                  access);
        QVERIFY2(pdf.status == 200, pdf.body.constData());
        QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
        QVERIFY(pdf.body.startsWith("%PDF-"));

        ::kill(pid_t(station.processId()), SIGTERM);
        QVERIFY(station.waitForFinished(15000));
        QCOMPARE(station.exitCode(), 0);
    }

    void malformedEnvironmentStopsTheStationWithAReason()
    {
        QTemporaryDir dir;
        QProcess station;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHAIRSIDE_MAIL_URL"), QStringLiteral("carrier-pigeon://loft"));
        station.setProcessEnvironment(env);
        station.start(m_binary,
                      {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort())});
        QVERIFY(station.waitForFinished(15000));
        QCOMPARE(station.exitCode(), 1);
        QVERIFY(station.readAllStandardError().contains("CHAIRSIDE_MAIL_URL"));
    }

    void badListenAddressIsAUsageError()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                     QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--listen")));
    }

    // `secret set` writes where the station reads (Station::open with the store kind the station uses), from
    // stdin only; `secret clear` removes it; unknown names and values on the command line are refused.
    void secretSetStoresWhereTheStationReadsIt()
    {
        QTemporaryDir dir;
        const QByteArray password = " mail pass 9 ";
        const QStringList headless{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--headless"),
                                   QStringLiteral("secret")};
        Run set = run(headless + QStringList{QStringLiteral("set"), QStringLiteral("smtp_password")},
                      password + "\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("secrets.json")), qPrintable(set.out));
        QVERIFY(!set.out.contains(QString::fromUtf8(password)) &&
                !set.err.contains(QString::fromUtf8(password)));
        {
            auto station = Station::open(dir.path(), SecretStoreKind::File); // as `chairside --headless`
            QVERIFY(station.ok());
            QCOMPARE((*station)->secrets().read(smtpPasswordSecret()), std::optional<QByteArray>(password));
        }
        Run clear = run(headless + QStringList{QStringLiteral("clear"), QStringLiteral("smtp_password")});
        QVERIFY2(clear.code == 0, qPrintable(clear.err));
        {
            auto station = Station::open(dir.path(), SecretStoreKind::File);
            QVERIFY(station.ok());
            QVERIFY(!(*station)->secrets().read(smtpPasswordSecret()).has_value());
            // The station's own secrets are left alone.
            QVERIFY((*station)->secrets().read(QStringLiteral("token-signing-key")).has_value());
        }
        // The text-message service's token the same way.
        Run token = run(headless + QStringList{QStringLiteral("set"), QStringLiteral("sms_auth_token")},
                        "twilio-token\n");
        QVERIFY2(token.code == 0, qPrintable(token.err));
        {
            auto station = Station::open(dir.path(), SecretStoreKind::File);
            QVERIFY(station.ok());
            QCOMPARE((*station)->secrets().read(chairside::smsAuthTokenSecret()),
                     std::optional<QByteArray>(QByteArray("twilio-token")));
        }

        // Without --headless: the desktop's choice, the keychain or (where none answers, as in CI) the file.
        // Whichever it is, the desktop station opened the same way reads the value.
        Run desktop = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("secret"),
                           QStringLiteral("set"), QStringLiteral("gemini_api_key")},
                          "  AIza-key-123  \r\n");
        QVERIFY2(desktop.code == 0, qPrintable(desktop.err));
        {
            auto station = Station::open(dir.path(), SecretStoreKind::Keychain); // as the desktop window
            QVERIFY(station.ok());
            QCOMPARE((*station)->secrets().read(geminiApiKeySecret()),
                     std::optional<QByteArray>(QByteArray("AIza-key-123")));
        }
    }

    void secretCommandRefusesUnknownNamesAndValuesOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--headless"),
                               QStringLiteral("secret")};
        Run typo = run(base + QStringList{QStringLiteral("set"), QStringLiteral("smtp_pasword")}, "x\n");
        QCOMPARE(typo.code, 2);
        QVERIFY2(typo.err.contains(QStringLiteral("unknown secret \"smtp_pasword\"")) &&
                     typo.err.contains(QStringLiteral("smtp_password")),
                 qPrintable(typo.err));
        QCOMPARE(run(base + QStringList{QStringLiteral("clear"), QStringLiteral("token-signing-key")}).code,
                 2);

        Run onArgv = run(base + QStringList{QStringLiteral("set"), QStringLiteral("smtp_password"),
                                            QStringLiteral("hunter2")});
        QCOMPARE(onArgv.code, 2);
        QVERIFY2(onArgv.err.contains(QStringLiteral("stdin")), qPrintable(onArgv.err));

        Run empty = run(base + QStringList{QStringLiteral("set"), QStringLiteral("smtp_password")}, "\n");
        QCOMPARE(empty.code, 1);
        QCOMPARE(run(base + QStringList{QStringLiteral("frobnicate"), QStringLiteral("smtp_password")}).code,
                 2);
        QCOMPARE(run(base).code, 2);
        // Nothing was stored by any of them.
        QFile secrets(QDir(dir.path()).filePath(QStringLiteral("secrets.json")));
        if (secrets.open(QIODevice::ReadOnly)) {
            const QByteArray text = secrets.readAll();
            QVERIFY(!text.contains("smtp_pasword") && !text.contains("smtp_password"));
        }
    }

    void importsAndExportsPatientListsAsCsv()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString list = dir.filePath(QStringLiteral("liste.csv"));
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // European Excel: semicolons, German headers, dotted dates, Windows-1252.
            f.write("Nachname;Vorname;Geburtsdatum;Telefon;Kundennr\r\n"
                    "M\xFCller;J\xF6rg;03.04.1980;030 1234;K-1\r\n"
                    "Schmidt;Eva;;030 9999;K-2\r\n"
                    "Mueller;Joerg;;030 1234;K-3\r\n");
        }
        auto import = [&](const QStringList& extra) {
            return run(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                   QStringLiteral("patients"), list} +
                       extra);
        };
        // The third row has the first one's phone: nothing is imported, and the row is named.
        Run refused = import({});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("line 4: duplicate of line 2")),
                 qPrintable(refused.err));
        QVERIFY(refused.out.contains(QStringLiteral("Nachname -> last_name")));
        QVERIFY(refused.out.contains(QStringLiteral("Kundennr -> (left out)")));
        QVERIFY2(refused.err.contains(QStringLiteral("leave them out with --skip-duplicates\n")),
                 qPrintable(refused.err));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM patients")), 0);

        // The advice names only what was not asked for yet; files that are no lists say so.
        const auto writeFile = [&dir](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        const QString mixed = writeFile(QStringLiteral("mixed.csv"), "name,date_of_birth\n"
                                                                     "Anna Meier,1980-02-01\n"
                                                                     "Anna Meier,1980-02-01\n"
                                                                     "Bob Bad,31.31.1980\n");
        const auto importFile = [&](const QString& file, const QStringList& extra) {
            return run(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                   QStringLiteral("patients"), file} +
                       extra);
        };
        // --map names a column as automatic mapping reads headings: case, accents and punctuation aside.
        const QString french = writeFile(QStringLiteral("fr.csv"), "name;T\xC3\xA9l\xC3\xA9phone portable\n"
                                                                   "Zo\xC3\xA9 Petit;06 12\n");
        Run mappedByHand = importFile(french, {QStringLiteral("--dry-run"), QStringLiteral("--map"),
                                               QStringLiteral("TELEPHONE-PORTABLE=insurance_number")});
        QCOMPARE(mappedByHand.code, 0);
        QVERIFY2(mappedByHand.out.contains(QStringLiteral("Téléphone portable -> insurance_number")),
                 qPrintable(mappedByHand.out));
        Run halfAdvised = importFile(mixed, {QStringLiteral("--skip-duplicates")});
        QCOMPARE(halfAdvised.code, 3);
        QVERIFY2(halfAdvised.err.contains(QStringLiteral("leave them out with --skip-errors\n")),
                 qPrintable(halfAdvised.err));
        Run empty = importFile(writeFile(QStringLiteral("empty.csv"), {}), {});
        QVERIFY(empty.code != 0);
        QVERIFY2(empty.err.contains(QStringLiteral("empty")), qPrintable(empty.err));
        Run workbook = importFile(
            writeFile(QStringLiteral("list.xlsx"), QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)), {});
        QVERIFY(workbook.code != 0);
        QVERIFY2(workbook.err.contains(QStringLiteral("saved as CSV")), qPrintable(workbook.err));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM patients")), 0);

        Run dry = import({QStringLiteral("--dry-run"), QStringLiteral("--skip-duplicates")});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("2 patients would be")));
        QCOMPARE(count(data, QStringLiteral("SELECT count(*) FROM patients")), 0);

        // Leaving the phone column out (by number) leaves nothing the two rows share.
        Run withoutPhones =
            import({QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("4=-")});
        QCOMPARE(withoutPhones.code, 0);
        QVERIFY(withoutPhones.out.contains(QStringLiteral("3 patients would be")));
        QCOMPARE(import({QStringLiteral("--map"), QStringLiteral("Kundennr=nope")}).code, 2);
        QCOMPARE(import({QStringLiteral("--map"), QStringLiteral("Nowhere=phone")}).code, 2);
        QCOMPARE(import({QStringLiteral("--map"), QStringLiteral("no-equals")}).code, 2);
        QCOMPARE(import({QStringLiteral("--date-order"), QStringLiteral("sideways")}).code, 2);

        Run done = import({QStringLiteral("--skip-duplicates"), QStringLiteral("--map"),
                           QStringLiteral("Kundennr=insurance_number")});
        QCOMPARE(done.code, 0);
        QVERIFY2(done.out.contains(QStringLiteral("Imported 2 patients")), qPrintable(done.out));
        QCOMPARE(
            count(data,
                  QStringLiteral(
                      "SELECT count(*) FROM patients WHERE name = 'Jörg Müller' AND "
                      "date_of_birth = '1980-04-03' AND insurance_number = 'K-1' AND phone = '030 1234'")),
            1);
        QCOMPARE(
            count(data, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patients.import' AND "
                                       "source = 'cli'")),
            1);

        const QString out = dir.filePath(QStringLiteral("out.csv"));
        Run exported = run(
            {QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("patients"), out});
        QCOMPARE(exported.code, 0);
        QVERIFY(exported.out.contains(QStringLiteral("Exported 2 patients")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("J\xC3\xB6rg"));
        QCOMPARE(
            count(data, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patients.export'")),
            1);
        // The exported list goes into another station as it is.
        const QString other = dir.filePath(QStringLiteral("other"));
        Run moved = run(
            {QStringLiteral("--data-dir"), other, QStringLiteral("import"), QStringLiteral("patients"), out});
        QCOMPARE(moved.code, 0);
        QCOMPARE(count(other, QStringLiteral(
                                  "SELECT count(*) FROM patients WHERE insurance_number IN ('K-1', 'K-2')")),
                 2);

        Run toStdout =
            run({QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("appointments"),
                 QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("2026-01-01")});
        QCOMPARE(toStdout.code, 0);
        QVERIFY(toStdout.out.contains(QStringLiteral("id,start,end,")));
        QCOMPARE(
            run({QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("materials"),
                 QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("2026-01-01")})
                .code,
            2);
        QCOMPARE(run({QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                      QStringLiteral("everything"), out})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                      QStringLiteral("patients"), dir.filePath(QStringLiteral("missing.csv"))})
                     .code,
                 1);
    }

    void seedDemoFillsTheStore()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"),
                     QStringLiteral("--patients"), QStringLiteral("12")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("admin@demo.chairside")));
        // Running it twice adds patients but keeps the accounts, dentists and chairs.
        Run again = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"),
                         QStringLiteral("--patients"), QStringLiteral("3"), QStringLiteral("--chairs"),
                         QStringLiteral("7")});
        QCOMPARE(again.code, 0);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM patients")), 15);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM chairs")), 3);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM doctors")), 3);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM users")), 5);
    }

    void seedDemoWritesRecordsForCompletedVisits()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"),
                      QStringLiteral("--patients"), QStringLiteral("400")})
                     .code,
                 0);
        // Every completed visit of the month has its record; no other visit has one.
        const int completed =
            count(dir.path(), QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'completed'"));
        QVERIFY(completed > 0);
        QCOMPARE(
            count(dir.path(), QStringLiteral("SELECT count(*) FROM clinical_records r JOIN appointments a ON "
                                             "a.id = r.appointment_id WHERE a.status = 'completed'")),
            completed);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM clinical_records")), completed);
        // Some carry the sample X-ray, stored once however often it is used.
        QVERIFY(count(dir.path(), QStringLiteral("SELECT count(*) FROM record_images")) > 0);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(DISTINCT sha256) FROM record_images")), 1);
    }

    void seedDemoBooksAClinicHistory()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"),
                     QStringLiteral("--patients"), QStringLiteral("40"), QStringLiteral("--chairs"),
                     QStringLiteral("4"), QStringLiteral("--past-visits"), QStringLiteral("300")});
        QCOMPARE(r.code, 0);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM chairs")), 4);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM doctors")), 4);
        // Exactly the past visits lie before the month around today, all completed, each at its dentist's
        // chair.
        const QString before = QDate::currentDate().addDays(-15).toString(Qt::ISODate);
        QCOMPARE(
            count(dir.path(), QStringLiteral("SELECT count(*) FROM appointments WHERE start_at < '%1' AND "
                                             "status = 'completed'")
                                  .arg(before)),
            300);
        QCOMPARE(count(dir.path(),
                       QStringLiteral("SELECT count(*) FROM appointments WHERE start_at < '%1'").arg(before)),
                 300);
        // The overlap rules held: no dentist, chair or patient is booked twice at once.
        for (const QString& column :
             {QStringLiteral("dentist_id"), QStringLiteral("chair_id"), QStringLiteral("patient_id")}) {
            QCOMPARE(
                count(dir.path(),
                      QStringLiteral("SELECT count(*) FROM appointments a JOIN appointments b ON a.%1 = b.%1 "
                                     "AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at "
                                     "WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN "
                                     "('cancelled', 'no_show')")
                          .arg(column)),
                0);
        }
    }

    void screenshotsDrawEachMainScreenOfADemoStore()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shots"));
        // Without a demo store there is nobody to sign in as.
        Run refused = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("screenshots"),
                           QStringLiteral("--out"), out});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("seed-demo")), qPrintable(refused.err));

        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"),
                      QStringLiteral("--patients"), QStringLiteral("30")})
                     .code,
                 0);
        Run shots = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("screenshots"),
                         QStringLiteral("--out"), out});
        QCOMPARE(shots.code, 0);
        for (const QString& view :
             {QStringLiteral("calendar"), QStringLiteral("patients"), QStringLiteral("inventory")}) {
            QFile png(QDir(out).filePath(view + QStringLiteral(".png")));
            QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
            const QByteArray bytes = png.readAll();
            QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
            // IHDR: width and height of the window the screens were drawn in.
            QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 16), 1280u);
            QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 20), 800u);
        }
    }

    void seedDemoRefusesBadSizes()
    {
        QTemporaryDir dir;
        for (const auto& [option, value] : {std::pair{QStringLiteral("--chairs"), QStringLiteral("11")},
                                            {QStringLiteral("--chairs"), QStringLiteral("0")},
                                            {QStringLiteral("--past-visits"), QStringLiteral("-5")},
                                            {QStringLiteral("--patients"), QStringLiteral("many")}}) {
            Run r =
                run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("seed-demo"), option, value});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(option), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chairside.db"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
