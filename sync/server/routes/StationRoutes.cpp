#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

QList<Route> stationRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("station");
    return {
        // For integrators: the OpenAPI document of every route here, and a page listing them.
        {"GET", QStringLiteral("/api/schema"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.docs.schema(req); }, d},
        {"GET", QStringLiteral("/api/docs"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.docs.docs(req); }, d},
        // The change feed's deletions, for pollers to drop what they hold (the lists take changed_since).
        feed({"GET", QStringLiteral("/api/changes/deleted"), Access::Authenticated,
              [&h](const ApiRequest& req) { return h.sync.deletions(req); }, d}),
        {"GET", QStringLiteral("/api/sync/conflicts"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.conflicts(req); }, d},
        // Pairing: an admin opens a code here and adds the peer on the other station, which sends the code.
        {"POST", QStringLiteral("/api/sync/pairing-code"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.openPairingCode(req); }, d},
        {"POST", QStringLiteral("/api/sync/pair"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.sync.acceptPairing(req); }, d},
        {"GET", QStringLiteral("/api/sync/peers"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.peers(req); }, d},
        {"POST", QStringLiteral("/api/sync/peers"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.pairWith(req); }, d},
        {"DELETE", QStringLiteral("/api/sync/peers/{site_id}"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.removePeer(req); }, d},
        {"GET", QStringLiteral("/api/sync/discovered"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.discovered(req); }, d},
        // Asked before a paired station follows this one to a new address; proves, reveals nothing.
        {"POST", QStringLiteral("/api/sync/identify"), Access::Anonymous,
         [&h](const ApiRequest& req) { return h.sync.identify(req); }, d},
        // Station to station.
        {"POST", QStringLiteral("/api/sync/hello"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.hello(req); }, d, true},
        {"POST", QStringLiteral("/api/sync/pull"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.pull(req); }, d, true},
        {"POST", QStringLiteral("/api/sync/push"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.push(req); }, d, true},
        {"GET", QStringLiteral("/api/sync/digest"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.digest(req); }, d},
        {"GET", QStringLiteral("/api/sync/files/{sha256}"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.fileChunk(req); }, d},
        {"PUT", QStringLiteral("/api/sync/files/{sha256}"), Access::Peer,
         [&h](const ApiRequest& req) { return h.sync.receiveFileChunk(req); }, d, true},
    };
}

} // namespace chairside::api
