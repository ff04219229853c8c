#pragma once

#include "ApiServer.h"
#include "TestStation.h"

#include <QStringList>
#include <memory>

namespace chairside::fuzz {

// What every fuzz target drives: one station for the whole process, a small demo clinic in a temporary store
// (accounts, dentists, chairs, patients, visits, records, stock), an API server over its services and a token
// of each kind of caller. Inputs write to the store, so every kResetEvery inputs the store goes back to the
// file it had after the clinic was made: iterations stay fast and the store bounded.
class FuzzStation
{
public:
    static FuzzStation& instance();

    // Call once per input, before using the server.
    void beginInput();
    api::ApiServer& server() { return *m_server; }
    // The server also listens on a loopback port (through GuardedTcpServer, as the station's does); it
    // changes when the store is restored.
    quint16 port() const { return m_port; }

    QString adminToken;
    QString dentistToken;
    QString patientToken;
    // Ids of rows the clinic holds (patients, doctors, appointments, chairs, materials, accounts, records,
    // images), for path parameters and references.
    QStringList ids;

    // "@admin@", "@dentist@" and "@patient@" become those callers' tokens, "$0" … "$9" ids; seeds use them so
    // mutated requests still reach the handlers behind authentication and lookups.
    QByteArray expand(QByteArray bytes) const;

private:
    FuzzStation();
    void restoreStore();

    static constexpr int kResetEvery = 500;
    test::TestStation m_station;
    QString m_templatePath;
    std::unique_ptr<api::ApiServer> m_server;
    quint16 m_port = 0;
    int m_inputs = 0;
};

} // namespace chairside::fuzz
