// libFuzzer target: the JSON body decoding of every resource. The first byte picks a write route (POST, PUT
// or PATCH of any dialect; peer-only routes excepted), the second the fixture ids put into its path
// parameters, and the rest is the body, sent as application/json by an admin through ApiServer::dispatch
// (the whole pipeline after the socket: authentication, body parsing, the handler and its service).
// "$0"…"$9" in the body become ids of the demo clinic's rows (FuzzStation::expand).
#include "FuzzStation.h"

#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>

using namespace chairside;
using chairside::fuzz::FuzzStation;

namespace {

// Positions in the router's table (the same in every server FuzzStation makes; the server itself is made anew
// when the store is restored).
const QList<int>& writeRoutes()
{
    static const QList<int> routes = [] {
        QList<int> out;
        const QList<api::Route>& all = FuzzStation::instance().server().router().routes();
        for (int i = 0; i < all.size(); ++i)
            if (all[i].access != api::Access::Peer &&
                (all[i].method == "POST" || all[i].method == "PUT" || all[i].method == "PATCH"))
                out.append(i);
        return out;
    }();
    return routes;
}

const api::Route& writeRoute(int n)
{
    return FuzzStation::instance().server().router().routes().at(writeRoutes().at(n % writeRoutes().size()));
}

QString pathFor(const api::Route& route, int firstId)
{
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]*\\}"));
    const QStringList& ids = FuzzStation::instance().ids;
    QString path = route.pattern;
    for (int n = firstId;; ++n) {
        const QRegularExpressionMatch m = parameter.match(path);
        if (!m.hasMatch())
            return path;
        path.replace(m.capturedStart(), m.capturedLength(), ids.at(n % ids.size()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // CHAIRSIDE_FUZZ_LIST_ROUTES=1: print the routes the first byte picks from (for making seeds), then stop.
    if (qEnvironmentVariableIsSet("CHAIRSIDE_FUZZ_LIST_ROUTES")) {
        for (int i = 0; i < writeRoutes().size(); ++i)
            std::printf("%d %s %s\n", i, writeRoute(i).method.constData(), qPrintable(writeRoute(i).pattern));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    FuzzStation& station = FuzzStation::instance();
    station.beginInput();
    const api::Route& route = writeRoute(data[0]);
    api::ApiRequest req;
    req.method = route.method;
    req.path = pathFor(route, data[1]);
    req.headers.insert("authorization", "Bearer " + station.adminToken.toLatin1());
    req.headers.insert("content-type", "application/json");
    req.body = station.expand(QByteArray(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2));
    req.remote = QHostAddress::LocalHost;
    req.baseUrl = QStringLiteral("http://127.0.0.1:8000");
    const api::ApiResponse response = station.server().dispatch(req);
    // The one answer a well-formed request must never get: the handler failed in a way it did not foresee.
    if (response.status >= 500 && response.status != 503)
        qFatal("fuzz: %s %s answered %d", route.method.constData(), qPrintable(req.path), response.status);
    return 0;
}
