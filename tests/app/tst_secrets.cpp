#include "FakeSmtpServer.h"
#include "HttpClient.h"
#include "SecretStore.h"
#include "Station.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace chairside;
using namespace chairside::app;
using namespace chairside::test;

namespace {

const QString kAdminEmail = QStringLiteral("admin@clinic.org");
const QString kAdminPassword = QStringLiteral("Adm1n-Secret-Pw-4411");
const QString kPatientEmail = QStringLiteral("pat@clinic.org");
const QString kPatientPassword = QStringLiteral("Pat1ent-Secret-Pw-8822");
const QString kPatientNewPassword = QStringLiteral("N3w-Pat1ent-Pw-9944");
const QString kWrongPassword = QStringLiteral("Wr0ng-Guess-Pw-5533");
const QByteArray kSmtpPassword = "smtp-Pa55-7f3e9c";
const QByteArray kGeminiKey = "AIzaGeminiKey-5d2b8a71";
const QByteArray kSmsToken = "twilio-Token-c0ffee42";

QByteArray basicHeader(const QString& user, const QString& password)
{
    return (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// The forms a secret could take on its way to a file or a log: as it is, hex, base64 (both alphabets).
QList<QByteArray> encodings(const QByteArray& secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

} // namespace

// Secrets stay secret: a headless station with a signing key, an SMTP password, a Gemini key and a
// text-message token, users with known passwords, tokens issued and used and a mail sent, leaves none of
// them in its store (nor its WAL), any other file of its data folder, its settings or its output. Only the
// secret store holds them; the audit log names tokens by a hash prefix.
class TestSecrets : public QObject
{
    Q_OBJECT
private:
    QString m_binary = qEnvironmentVariable("CHAIRSIDE_BINARY");

    // Where any of `needles` occurs in `haystack` (named `where`), as text for a failure message.
    static QStringList findings(const QString& where, const QByteArray& haystack,
                                const QList<std::pair<QString, QByteArray>>& needles)
    {
        QStringList found;
        for (const auto& [name, needle] : needles) {
            if (!needle.isEmpty() && haystack.contains(needle))
                found << QStringLiteral("%1 in %2").arg(name, where);
        }
        return found;
    }

    // Every file under `root` but the secret store, read now.
    static QList<std::pair<QString, QByteArray>> filesUnder(const QString& root)
    {
        QList<std::pair<QString, QByteArray>> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).fileName() == QLatin1String("secrets.json"))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.append({path, file.readAll()});
        }
        return files;
    }

    int run(const QStringList& args, const QByteArray& input, const QProcessEnvironment& env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_binary, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "CHAIRSIDE_BINARY must name the built chairside");
    }

    void noSecretLeavesTheSecretStore()
    {
        QTemporaryDir data;
        QTemporaryDir home; // settings files (QSettings, XDG) land here
        FakeSmtpServer smtp;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("CHAIRSIDE_MAIL_URL"),
                   QStringLiteral("smtp://mailer@127.0.0.1:%1?tls=off").arg(smtp.port()));
        env.insert(QStringLiteral("CHAIRSIDE_PUBLIC_URL"), QStringLiteral("https://clinic.example"));
        env.insert(QStringLiteral("CHAIRSIDE_SMS_URL"),
                   QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
        env.insert(QStringLiteral("CHAIRSIDE_SMS_ACCOUNT"), QStringLiteral("AC0123"));
        env.insert(QStringLiteral("CHAIRSIDE_SMS_FROM"), QStringLiteral("+15550001"));
        env.insert(QStringLiteral("CHAIRSIDE_GEMINI_URL"),
                   QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
        env.insert(QStringLiteral("CHAIRSIDE_DISCOVERY_PORT"), QStringLiteral("0"));
        env.remove(QStringLiteral("GEMINI_API_KEY"));

        const QStringList headless{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--headless")};
        QCOMPARE(run(headless + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                            QStringLiteral("--email"), kAdminEmail, QStringLiteral("--role"),
                                            QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                     kAdminPassword.toUtf8() + '\n', env),
                 0);
        for (const auto& [name, value] :
             {std::pair{smtpPasswordSecret(), kSmtpPassword}, std::pair{geminiApiKeySecret(), kGeminiKey},
              std::pair{smsAuthTokenSecret(), kSmsToken}})
            QCOMPARE(run(headless + QStringList{QStringLiteral("secret"), QStringLiteral("set"), name},
                         value + '\n', env),
                     0);

        const quint16 port = freeLoopbackPort();
        QProcess station;
        station.setProcessEnvironment(env);
        station.start(m_binary, headless + QStringList{QStringLiteral("--listen"),
                                                       QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(station.waitForStarted());
        QByteArray out;
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((out += station.readAllStandardOutput()).contains("listening"),
                                  qPrintable(QString::fromUtf8(out + station.readAllStandardError())), 15000);

        // Use every kind of credential, and send a mail.
        HttpClient http(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QStringList tokens;
        auto login = http.post(QStringLiteral("/api/auth/login/"),
                               QJsonObject{{QStringLiteral("email"), kAdminEmail},
                                           {QStringLiteral("password"), kAdminPassword}});
        QCOMPARE(login.status, 200);
        const QString access = login.object().value(QStringLiteral("access")).toString();
        const QString opaque = login.object().value(QStringLiteral("token")).toString();
        tokens << access << login.object().value(QStringLiteral("refresh")).toString() << opaque;
        // Patient lists are audited reads: their entries name the credential used.
        QCOMPARE(http.get(QStringLiteral("/api/patients/"), access).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/patients/"), QStringLiteral("Token ") + opaque).status, 200);
        QCOMPARE(
            http.get(QStringLiteral("/api/doctors/"),
                     QStringLiteral("Basic ") + QString::fromLatin1(basicHeader(kAdminEmail, kAdminPassword)))
                .status,
            200);
        auto refreshed = http.post(QStringLiteral("/api/token/refresh/"),
                                   QJsonObject{{QStringLiteral("refresh"), tokens[1]}});
        QCOMPARE(refreshed.status, 200);
        tokens << refreshed.object().value(QStringLiteral("access")).toString()
               << refreshed.object().value(QStringLiteral("refresh")).toString();

        auto registered = http.post(QStringLiteral("/api/auth/register/"),
                                    QJsonObject{{QStringLiteral("email"), kPatientEmail},
                                                {QStringLiteral("password"), kPatientPassword},
                                                {QStringLiteral("name"), QStringLiteral("Pat Smith")}});
        QCOMPARE(registered.status, 201);
        tokens << registered.object().value(QStringLiteral("access")).toString()
               << registered.object().value(QStringLiteral("refresh")).toString();
        QCOMPARE(http.post(QStringLiteral("/api/auth/login/"),
                           QJsonObject{{QStringLiteral("email"), kPatientEmail},
                                       {QStringLiteral("password"), kWrongPassword}})
                     .status,
                 401);
        auto patientLogin = http.request(
            "POST", QStringLiteral("/auth/login/"), {},
            QStringLiteral("Basic ") + QString::fromLatin1(basicHeader(kPatientEmail, kPatientPassword)));
        QCOMPARE(patientLogin.status, 200);
        const QString patientToken = patientLogin.object().value(QStringLiteral("token")).toString();
        tokens << patientToken;
        QCOMPARE(http.post(QStringLiteral("/auth/password_change/"),
                           QJsonObject{{QStringLiteral("current_password"), kPatientPassword},
                                       {QStringLiteral("new_password"), kPatientNewPassword}},
                           QStringLiteral("Token ") + patientToken)
                     .status,
                 200);
        for (const QString& t : std::as_const(tokens))
            QVERIFY(!t.isEmpty());
        // The patient's activation mail goes out, signed in with the stored password. (The admin's, queued by
        // `user add` before the station started, goes out too, in the same round or an earlier one.)
        const auto deliveredTo = [&smtp](const QByteArray& address) {
            return std::any_of(smtp.received.cbegin(), smtp.received.cend(),
                               [&address](const auto& mail) { return mail.to.contains(address); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(deliveredTo("<" + kPatientEmail.toUtf8() + ">"), 20000);
        QCOMPARE(smtp.credentials, QByteArray("mailer:") + kSmtpPassword);

        QByteArray signingKey;
        {
            // Read as the station reads it (it is made on the first start).
            FileSecretStore store(QDir(data.path()).filePath(QStringLiteral("secrets.json")));
            auto key = store.read(QStringLiteral("token-signing-key"));
            QVERIFY(key && key->size() >= 32);
            signingKey = *key;
        }
        QList<std::pair<QString, QByteArray>> needles;
        for (const QByteArray& form : encodings(signingKey))
            needles.append({QStringLiteral("the signing key"), form});
        for (const auto& [name, value] : {std::pair{QStringLiteral("the SMTP password"), kSmtpPassword},
                                          std::pair{QStringLiteral("the Gemini key"), kGeminiKey},
                                          std::pair{QStringLiteral("the SMS token"), kSmsToken}}) {
            for (const QByteArray& form : encodings(value))
                needles.append({name, form});
        }
        for (const QString& password :
             {kAdminPassword, kPatientPassword, kPatientNewPassword, kWrongPassword})
            needles.append({QStringLiteral("a password"), password.toUtf8()});
        needles.append({QStringLiteral("Basic credentials"), basicHeader(kAdminEmail, kAdminPassword)});
        needles.append({QStringLiteral("Basic credentials"), basicHeader(kPatientEmail, kPatientPassword)});
        for (const QString& token : std::as_const(tokens)) {
            needles.append({QStringLiteral("a token"), token.toUtf8()});
            // A JWT's signature alone would do as well as the whole token.
            needles.append(
                {QStringLiteral("a token's signature"), token.section(QLatin1Char('.'), -1).toUtf8()});
        }

        // The search finds what is there: the secret store itself holds the SMTP password.
        QFile store(QDir(data.path()).filePath(QStringLiteral("secrets.json")));
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY(!findings(store.fileName(), store.readAll(), needles).isEmpty());

        // While it runs: the store's WAL holds the latest writes.
        QStringList found;
        QVERIFY(QFile::exists(QDir(data.path()).filePath(QStringLiteral("chairside.db-wal"))));
        for (const auto& [path, bytes] : filesUnder(data.path()))
            found += findings(path, bytes, needles);

        ::kill(pid_t(station.processId()), SIGTERM);
        // Waited for with the event loop running: the fake SMTP server lives in this process, and a station
        // stopping in the middle of a delivery finishes that delivery first.
        QTRY_VERIFY_WITH_TIMEOUT(station.state() == QProcess::NotRunning, 30000);
        out += station.readAllStandardOutput();
        err += station.readAllStandardError();
        QCOMPARE(station.exitCode(), 0);
        for (const QString& root : {data.path(), home.path()}) {
            for (const auto& [path, bytes] : filesUnder(root))
                found += findings(path, bytes, needles);
        }
        found += findings(QStringLiteral("the station's output"), out, needles);
        found += findings(QStringLiteral("the station's error output"), err, needles);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // The audit log names each token by the first 12 hex digits of its hash, and only so.
        auto db = Database::open(QDir(data.path()).filePath(QStringLiteral("chairside.db")));
        QVERIFY(db.ok());
        auto clients =
            sql::select((*db)->connection(),
                        QStringLiteral("SELECT DISTINCT client FROM audit_log WHERE client IS NOT NULL"));
        QVERIFY(clients.ok());
        const QString accessId =
            QStringLiteral("jwt ") +
            QString::fromLatin1(
                QCryptographicHash::hash(access.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        bool accessNamed = false;
        static const QRegularExpression credential(QStringLiteral("; (jwt|token) ([^;]*)"));
        for (const QVariantMap& row : *clients) {
            const QString client = row.value(QStringLiteral("client")).toString();
            accessNamed = accessNamed || client.contains(accessId);
            auto match = credential.match(client);
            if (match.hasMatch())
                QVERIFY2(
                    QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(match.captured(2)).hasMatch(),
                    qPrintable(client));
        }
        QVERIFY2(accessNamed, "the admin's reads are audited with the access token's hash prefix");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
