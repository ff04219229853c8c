#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/MailOutbox.h"
#include "services/ScheduleService.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

class UnitOfWork;

// An email the clinic sends on its own account: the activation mail, a cancellation.
struct ClinicEmail
{
    QString kind; // "activation", "cancellation"
    QString userId;
    QString patientId;
    QString appointmentId;
    QString to; // empty: nothing on file, recorded as failed
    QString subject;
    QString body;
    bool optedOut = false; // the patient opted out of email (only for messages they may refuse)
};

// What the staff's message list shows (the desktop's Messages view).
struct NotificationQuery
{
    QString status;    // pending, sent or failed; empty for every state
    QString patientId; // the messages to one patient (to the patient or the patient's account); empty for all
    int limit = 500;
};

// Messages to users (seed 002's notifications) and their delivery state: email or SMS, pending, sent or
// failed, read or not. Everyone who works at the clinic may send one; a user lists and reads their own, and
// staff see every message (what a client caused, and what reached whom).
class NotificationService
{
public:
    NotificationService(ServiceContext& ctx, MailOutbox& outbox, ScheduleService& schedule)
        : m_ctx(ctx)
        , m_outbox(outbox)
        , m_schedule(schedule)
    {}

    static const QStringList& channels(); // email, sms
    static const QStringList& statuses(); // pending, sent, failed

    // `input`: user_id, type or channel (SMS/Email), message, subject, appointment_id, status (default
    // pending), provider_message_id, error_message, sent_at. A pending message is delivered to the user's
    // email address or phone number; one that cannot be (no address, the channel not configured here) is
    // recorded as failed with the reason. A message given as already sent or failed is only recorded.
    Result<QVariantMap> send(const Actor& actor, const QVariantMap& input);

    // The station's own messages, run by the message worker: a confirmation for each appointment booked in
    // the last day and a reminder for each appointment starting within a day (not both when it was booked
    // less than a day ahead), by every configured channel the patient has an address for and did not opt out
    // of. Each is made once per appointment, and only by the station where the appointment was booked, so
    // no patient gets one twice; an appointment nothing can be sent for gets one failed row saying why, for
    // the staff to see. Answers how many messages were queued.
    int queueAppointmentMessages();

    // The confirmation of one appointment just booked, at once rather than at the worker's next round (seed
    // 004's book-appointment promises it); the round then finds it made.
    int confirmBooking(const QString& appointmentId);

    // Records `email` as a notification in the caller's unit of work and queues its delivery with it, so
    // the staff see it and its delivery state like confirmations and reminders, and it is sent once, by
    // this station. Nothing when mail is not configured here. One that cannot go (no address, opted out)
    // is recorded as failed with the reason.
    Status recordEmail(UnitOfWork& uow, const ClinicEmail& email);

    static constexpr int kReminderHours = 24;
    // Whether the actor sees every message (staff), not only their own.
    static bool seesEveryMessage(const Actor& actor);
    // Newest first. list, search and get record the read in the audit log (readaudit).
    Result<QList<QVariantMap>> list(const Actor& actor, const std::optional<ChangesSince>& changedSince = {});
    // Newest first, visible as in list(), filtered; each row adds `patient_name`, `user_name` and this
    // station's delivery attempts (`attempts`, `next_attempt_at`), null for a message another station queued
    // (only the station that queued a message sends it, so only it knows the attempts).
    Result<QList<QVariantMap>> search(const Actor& actor, const NotificationQuery& query);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // Marks the caller's own message read (staff may mark anyone's); reading twice keeps the first time.
    Result<QVariantMap> markRead(const Actor& actor, const QString& id);

private:
    // The message when the actor may see it; not recorded as a read.
    Result<QVariantMap> find(const Actor& actor, const QString& id);
    int queueAppointmentMessages(const QString& kind, const QString& appointmentId = {});

    ServiceContext& m_ctx;
    MailOutbox& m_outbox;
    ScheduleService& m_schedule; // the clinic's time zone, for the times in messages
};

} // namespace chairside
