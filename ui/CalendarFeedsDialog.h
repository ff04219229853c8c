#pragma once

#include "services/Services.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace chairside::ui {

// File › Calendar subscriptions…: the iCalendar addresses (CalendarFeedService) that calendar programs
// subscribe to. A dentist makes addresses of their own calendar, an administrator of any dentist's or
// chair's. A new address is shown once, to be copied into the calendar program; the list shows which exist
// and revokes them.
class CalendarFeedsDialog : public QDialog
{
    Q_OBJECT
public:
    // `serverAddress` is the API's base address as the status bar shows it ("" when the API is not running:
    // then no address can be handed out).
    CalendarFeedsDialog(Services& services, Actor actor, const QString& serverAddress,
                        QWidget* parent = nullptr);

    // Makes an address for the calendar chosen in the list and shows it; false (with the reason shown) when
    // it cannot.
    bool makeAddress();
    // Revokes the feed in row `row` of the table, without asking (the Revoke button asks first).
    bool revokeRow(int row);

    // The address calendar programs are given for an API at `serverAddress`: an API listening on every
    // interface (0.0.0.0, ::) is reached at this machine's first network address.
    static QString reachableBase(const QString& serverAddress);

private:
    void reload();
    void confirmRevoke();
    void showMessage(const QString& text, bool problem);

    Services& m_services;
    Actor m_actor;
    QString m_base;
    QComboBox* m_subject;
    QPushButton* m_make;
    QLineEdit* m_url;
    QPushButton* m_copy;
    QTableWidget* m_feeds;
    QPushButton* m_revoke;
    QLabel* m_message;
};

} // namespace chairside::ui
