<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>XrayImage</name>
    <message>
        <source>Could not open the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the image: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The image could not be converted to grayscale.</source>
        <translation>Das Bild konnte nicht in Graustufen umgewandelt werden.</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Gesamter Bereich</translation>
    </message>
    <message>
        <source>Enamel</source>
        <translation>Zahnschmelz</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Weichgewebe</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit-&amp;Log</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Remove selected account</source>
        <translation>Ausgewähltes Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>%1 can sign in now as %2.</source>
        <translation>%1 kann sich jetzt als %2 anmelden.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>%1 was removed; its sessions are ended.</source>
        <translation>%1 wurde entfernt; die Sitzungen dieses Kontos sind beendet.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Praxis&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM, or empty when closed</source>
        <translation>HH:MM-HH:MM, oder leer, wenn geschlossen</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>Öffnungszeiten am %1</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Behandlungsstühle</translation>
    </message>
    <message>
        <source>New chair&apos;s name</source>
        <translation>Name des neuen Stuhls</translation>
    </message>
    <message>
        <source>Add c&amp;hair</source>
        <translation>Stu&amp;hl hinzufügen</translation>
    </message>
    <message>
        <source>Remove chair</source>
        <translation>Stuhl entfernen</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Behandlungsstühle:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a chair first.</source>
        <translation>Wählen Sie zuerst einen Stuhl aus.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>X-rays of new records are sent to Google&apos;s Gemini for a draft reading when a key is set. The key is kept in %1, never in the database or a settings file. %2</source>
        <translation>Sobald ein Schlüssel hinterlegt ist, werden die Röntgenbilder neuer Behandlungseinträge für einen Befundentwurf an Gemini von Google gesendet. Der Schlüssel wird im sicheren Speicher (%1) abgelegt, nie in der Datenbank oder einer Einstellungsdatei. %2</translation>
    </message>
    <message>
        <source>A key is stored.</source>
        <translation>Ein Schlüssel ist hinterlegt.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Es ist noch kein Schlüssel hinterlegt.</translation>
    </message>
    <message>
        <source>This station has no secret store, so no key can be kept here.</source>
        <translation>Diese Station hat keinen sicheren Speicher; hier kann kein Schlüssel hinterlegt werden.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>Fügen Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Key stored in %1. Readings use it from the next start of the station.</source>
        <translation>Schlüssel im sicheren Speicher (%1) abgelegt. Die Befundung verwendet ihn ab dem nächsten Start der Station.</translation>
    </message>
    <message>
        <source>Action starts with, e.g. appointments.</source>
        <translation>Aktion beginnt mit, z. B. appointments.</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Older &amp;entries</source>
        <translation>Ältere &amp;Einträge</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>No more entries.</source>
        <translation>Keine weiteren Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Demo data</source>
        <translation>&amp;Demodaten</translation>
    </message>
    <message>
        <source>New role of the selected account</source>
        <translation>Neue Rolle des ausgewählten Kontos</translation>
    </message>
    <message>
        <source>Change r&amp;ole of selected</source>
        <translation>R&amp;olle des ausgewählten ändern</translation>
    </message>
    <message>
        <source>%1 is now %2; its sessions are ended, so it signs in again with the new role.</source>
        <translation>%1 ist jetzt %2; die Sitzungen sind beendet, die nächste Anmeldung gilt mit der neuen Rolle.</translation>
    </message>
    <message>
        <source>This is a demo store. More demo patients, each with visits in the month around today, can be added while you keep working.</source>
        <translation>Dies ist ein Demo-Datenbestand. Weitere Demo-Patienten, jeweils mit Besuchen im Monat um heute, können hinzugefügt werden, während Sie weiterarbeiten.</translation>
    </message>
    <message>
        <source>Demo patients to add</source>
        <translation>Hinzuzufügende Demo-Patienten</translation>
    </message>
    <message>
        <source>Add demo &amp;patients</source>
        <translation>Demo-&amp;Patienten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Patienten:</translation>
    </message>
    <message>
        <source>Adding demo patients</source>
        <translation>Demo-Patienten werden hinzugefügt</translation>
    </message>
    <message>
        <source>Patients with their visits</source>
        <translation>Patienten mit ihren Besuchen</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Frühere Besuche</translation>
    </message>
    <message>
        <source>Stopped; the patients added so far are kept.</source>
        <translation>Angehalten; die bisher hinzugefügten Patienten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Adding demo patients: %1…</source>
        <translation>Demo-Patienten werden hinzugefügt: %1…</translation>
    </message>
    <message>
        <source>Demo patients added: %1.</source>
        <translation>Demo-Patienten hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>&amp;Stations</source>
        <translation>&amp;Stationen</translation>
    </message>
    <message>
        <source>&amp;AI and mail</source>
        <translation>&amp;KI und E-Mail</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>AI readings (Gemini)</source>
        <translation>KI-Befundung (Gemini)</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Save pass&amp;word</source>
        <translation>Passwort sp&amp;eichern</translation>
    </message>
    <message>
        <source>This station has no secret store, so no password can be kept here.</source>
        <translation>Diese Station hat keinen sicheren Speicher; hier kann kein Passwort hinterlegt werden.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mail (SMTP)</translation>
    </message>
    <message>
        <source>SMTP &amp;password:</source>
        <translation>SMTP-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Mail goes out through the server named in CHAIRSIDE_MAIL_URL, which also names the user. Its password is kept in %1, never in the database or a settings file. %2</source>
        <translation>E-Mails werden über den in CHAIRSIDE_MAIL_URL genannten Server versendet, der dort auch den Benutzer nennt. Sein Passwort wird im sicheren Speicher (%1) abgelegt, nie in der Datenbank oder einer Einstellungsdatei. %2</translation>
    </message>
    <message>
        <source>A password is stored.</source>
        <translation>Ein Passwort ist hinterlegt.</translation>
    </message>
    <message>
        <source>No password is stored; only a server that asks for none can be used.</source>
        <translation>Es ist kein Passwort hinterlegt; nur ein Server, der keines verlangt, kann verwendet werden.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Password stored in %1. Mail uses it from the next start of the station.</source>
        <translation>Passwort im sicheren Speicher (%1) abgelegt. Der E-Mail-Versand verwendet es ab dem nächsten Start der Station.</translation>
    </message>
    <message>
        <source>Entries to show</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Reads of patient data</source>
        <translation>Lesezugriffe auf Patientendaten</translation>
    </message>
    <message>
        <source>Changes and sign-ins</source>
        <translation>Änderungen und Anmeldungen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AppointmentDayModel</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BackgroundTask</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BillingSection</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Selected invoice</source>
        <translation>Ausgewählte Rechnung</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>e.g. 80.00</source>
        <translation>z. B. 80.00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>Zahlung er&amp;fassen</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Betr&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Za&amp;hlungsart:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Generate an invoice</source>
        <translation>Rechnung erstellen</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150.00</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Fällig b&amp;is</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Generate invoice</source>
        <translation>Rechnung &amp;erstellen</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>&amp;Gesamtbetrag:</translation>
    </message>
    <message>
        <source>The payments and invoices cannot be read: %1</source>
        <translation>Die Zahlungen und Rechnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing invoiced or paid yet.</source>
        <translation>Noch nichts berechnet oder bezahlt.</translation>
    </message>
    <message>
        <source>Balance %1 %2 (invoiced %3, paid %4)</source>
        <translation>Saldo %1 %2 (berechnet %3, bezahlt %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>Select an invoice.</source>
        <translation>Wählen Sie eine Rechnung.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Summe %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation>Die Zahlung wurde nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Payment of %1 %2 recorded.</source>
        <translation>Zahlung über %1 %2 erfasst.</translation>
    </message>
    <message>
        <source>The invoice was not generated: %1</source>
        <translation>Die Rechnung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Invoice %1 generated.</source>
        <translation>Rechnung %1 erstellt.</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Debitkarte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid towards it %1, still owed %2</source>
        <translation>Darauf bezahlt %1, noch offen %2</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Search patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Name, phone, email or date of birth</source>
        <translation>Name, Telefon, E-Mail oder Geburtsdatum</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Any free dentist</source>
        <translation>Beliebiger freier Behandler</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Any free chair</source>
        <translation>Beliebiger freier Stuhl</translation>
    </message>
    <message>
        <source>Start (clinic time)</source>
        <translation>Beginn (Praxiszeit)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Dentist:</source>
        <translation>Be&amp;handler:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Stuhl:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Choose the patient first: search, then pick one from the list.</source>
        <translation>Wählen Sie zuerst den Patienten: suchen und dann in der Liste auswählen.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarFeedsDialog</name>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>&amp;Make an address</source>
        <translation>Adresse &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Calendar subscriptions</source>
        <translation>Kalenderabonnements</translation>
    </message>
    <message>
        <source>A calendar program (Thunderbird, Outlook, a phone) subscribes to an address and shows the appointments of the last 30 days and the next 180, with the patient&apos;s initials only. Anyone holding the address sees them: revoke an address that is no longer needed.</source>
        <translation>Ein Kalenderprogramm (Thunderbird, Outlook, ein Telefon) abonniert eine Adresse und zeigt die Termine der letzten 30 und der nächsten 180 Tage, nur mit den Initialen des Patienten. Wer die Adresse hat, sieht sie: widerrufen Sie eine Adresse, die nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>A new address shows here, once</source>
        <translation>Eine neue Adresse erscheint hier, einmalig</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copied. Paste it where the calendar program asks for a calendar on the network.</source>
        <translation>Kopiert. Fügen Sie sie dort ein, wo das Kalenderprogramm nach einem Netzwerkkalender fragt.</translation>
    </message>
    <message>
        <source>The API is not running, so calendar programs cannot reach this station.</source>
        <translation>Die API läuft nicht, daher können Kalenderprogramme diese Station nicht erreichen.</translation>
    </message>
    <message>
        <source>Your account has no dentist profile, so it has no calendar to publish.</source>
        <translation>Ihr Konto hat kein Zahnarztprofil und damit keinen Kalender zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Copy the address now: it is shown only this once.</source>
        <translation>Kopieren Sie die Adresse jetzt: Sie wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Revoked: calendar programs using that address get nothing from now on.</source>
        <translation>Widerrufen: Kalenderprogramme mit dieser Adresse erhalten ab jetzt nichts mehr.</translation>
    </message>
    <message>
        <source>Revoke the address</source>
        <translation>Adresse widerrufen</translation>
    </message>
    <message>
        <source>Calendar programs subscribed to this address of %1 will stop showing its appointments. Revoke it?</source>
        <translation>Kalenderprogramme, die diese Adresse von %1 abonniert haben, zeigen deren Termine nicht mehr an. Widerrufen?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>The API listens on this computer only (%1), so only calendar programs on this computer can use these addresses. To reach phones and other computers, start the station with --listen 0.0.0.0:8000.</source>
        <translation>Die API hört nur auf diesem Computer (%1), daher können nur Kalenderprogramme auf diesem Computer diese Adressen verwenden. Damit Telefone und andere Computer sie erreichen, starten Sie die Station mit --listen 0.0.0.0:8000.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarPage</name>
    <message>
        <source>Book &amp;it</source>
        <translation>Termin &amp;buchen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Stühle</translation>
    </message>
    <message>
        <source>Dentists</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Dentist for the next free slot</source>
        <translation>Behandler für den nächsten freien Termin</translation>
    </message>
    <message>
        <source>Any dentist</source>
        <translation>Beliebiger Behandler</translation>
    </message>
    <message>
        <source>Length of the free slot</source>
        <translation>Dauer des freien Termins</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Next &amp;free slot</source>
        <translation>Nächster &amp;freier Termin</translation>
    </message>
    <message>
        <source>Booked %1 at %2.</source>
        <translation>%1 um %2 Uhr gebucht.</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>Kein freier Termin in den nächsten 30 Tagen.</translation>
    </message>
    <message>
        <source>Next free: %1 %2 %3</source>
        <translation>Nächster freier Termin: %1 %2 %3</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>The day (or week) before (Ctrl+Page Up)</source>
        <translation>Vorheriger Tag (bzw. vorherige Woche) (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The day (or week) after (Ctrl+Page Down)</source>
        <translation>Nächster Tag (bzw. nächste Woche) (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Tag oder Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarView</name>
    <message>
        <source>Appointments of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>No dentist</source>
        <translation>Kein Behandler</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>%1 is now at %2, %3 minutes, %4.</source>
        <translation>%1 ist jetzt um %2 Uhr, %3 Minuten, %4.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ChartView</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Karteikarte</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth and phone</source>
        <translation>Geburtsdatum und Telefon</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The patient&apos;s appointments, newest first, each with its notes and images. Enter opens an image.</source>
        <translation>Die Termine des Patienten, neueste zuerst, jeweils mit Notizen und Bildern. Die Eingabetaste öffnet ein Bild.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Appointment record</source>
        <translation>Termindokumentation</translation>
    </message>
    <message>
        <source>Note for today&apos;s appointment</source>
        <translation>Notiz zum heutigen Termin</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Return adds it)</source>
        <translation>Notiz schreiben … (Ctrl+Return fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add the note to today&apos;s appointment (Ctrl+Return)</source>
        <translation>Notiz zum heutigen Termin hinzufügen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Reload chart</source>
        <translation>Karteikarte neu laden</translation>
    </message>
    <message>
        <source>This patient does not exist or is not one you may see.</source>
        <translation>Diesen Patienten gibt es nicht, oder Sie dürfen ihn nicht sehen.</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>Die Patientendaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The appointments cannot be read: %1</source>
        <translation>Die Termine können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The record of %1 cannot be read: %2</source>
        <translation>Die Dokumentation vom %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>Patient ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %n year(s) old</source>
        <translation>
            <numerusform>Geboren am %1, %n Jahr alt</numerusform>
            <numerusform>Geboren am %1, %n Jahre alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n Jahr alt</numerusform>
            <numerusform>%n Jahre alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>No date of birth or phone recorded.</source>
        <translation>Weder Geburtsdatum noch Telefonnummer erfasst.</translation>
    </message>
    <message>
        <source>No allergies recorded.</source>
        <translation>Keine Allergien erfasst.</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ Allergien: %1</translation>
    </message>
    <message>
        <source>No medical history recorded.</source>
        <translation>Keine Anamnese erfasst.</translation>
    </message>
    <message>
        <source>Medical history: %1</source>
        <translation>Anamnese: %1</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Image %1, %2 — AI reading %3</source>
        <translation>Bild %1, %2 — KI-Befund (%3)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Noch keine Termine.</translation>
    </message>
    <message>
        <source>Select an appointment in the timeline.</source>
        <translation>Wählen Sie im Verlauf einen Termin aus.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Booking note: %1</source>
        <translation>Notiz zur Buchung: %1</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Behandlungsnotizen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Bild %1, %2</translation>
    </message>
    <message>
        <source>AI reading: %1</source>
        <translation>KI-Befund: %1</translation>
    </message>
    <message>
        <source>No reading text.</source>
        <translation>Kein Befundtext.</translation>
    </message>
    <message>
        <source>AI reading of image %1</source>
        <translation>KI-Befund zu Bild %1</translation>
    </message>
    <message>
        <source>Model %1, analysed %2</source>
        <translation>Modell %1, analysiert am %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>Bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Geprüft von %1 am %2</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Im Betrachter öffnen</translation>
    </message>
    <message>
        <source>Open image %1 in the X-ray viewer</source>
        <translation>Bild %1 im Röntgenbetrachter öffnen</translation>
    </message>
    <message>
        <source>Confirm reading</source>
        <translation>Befund bestätigen</translation>
    </message>
    <message>
        <source>Confirm the AI reading of image %1</source>
        <translation>KI-Befund zu Bild %1 bestätigen</translation>
    </message>
    <message>
        <source>Reject reading</source>
        <translation>Befund ablehnen</translation>
    </message>
    <message>
        <source>Reject the AI reading of image %1</source>
        <translation>KI-Befund zu Bild %1 ablehnen</translation>
    </message>
    <message>
        <source>&amp;Note: no patient selected.</source>
        <translation>&amp;Notiz: kein Patient ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Note: this patient has no appointment today.</source>
        <translation>&amp;Notiz: Dieser Patient hat heute keinen Termin.</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1:</source>
        <translation>&amp;Notiz zum heutigen Termin um %1 Uhr:</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1 with %2:</source>
        <translation>&amp;Notiz zum heutigen Termin um %1 Uhr bei %2:</translation>
    </message>
    <message>
        <source>This patient has no appointment today to add a note to.</source>
        <translation>Dieser Patient hat heute keinen Termin, zu dem eine Notiz hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>Die Notiz wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Note added to today&apos;s appointment.</source>
        <translation>Notiz zum heutigen Termin hinzugefügt.</translation>
    </message>
    <message>
        <source>The reading was not changed: %1</source>
        <translation>Der Befund wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>AI reading confirmed.</source>
        <translation>KI-Befund bestätigt.</translation>
    </message>
    <message>
        <source>AI reading rejected.</source>
        <translation>KI-Befund abgelehnt.</translation>
    </message>
    <message>
        <source>%1, %2, image %3, %4</source>
        <translation>%1, %2, Bild %3, %4</translation>
    </message>
    <message>
        <source>Image %1 cannot be shown: %2</source>
        <translation>Bild %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>pending analysis</source>
        <translation>Analyse ausstehend</translation>
    </message>
    <message>
        <source>draft, awaiting review</source>
        <translation>Entwurf, Prüfung ausstehend</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>no teeth tagged</source>
        <translation>keine Zähne zugeordnet</translation>
    </message>
    <message>
        <source>teeth %1</source>
        <translation>Zähne %1</translation>
    </message>
    <message>
        <source>AI reading of image %1 in progress</source>
        <translation>KI-Befund von Bild %1 in Arbeit</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Bereiche der Kartei</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Besuche</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>&amp;Rezepte</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Konsultationen</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Pa&amp;yments and invoices</source>
        <translation>&amp;Zahlungen und Rechnungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ConsultationsSection</name>
    <message>
        <source>Consultations</source>
        <translation>Konsultationen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>Findings of the selected consultation</source>
        <translation>Befunde der ausgewählten Konsultation</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Atemfrequenz</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>Notes of the selected consultation</source>
        <translation>Notizen der ausgewählten Konsultation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The consultations cannot be read: %1</source>
        <translation>Die Konsultationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Noch keine Konsultationen.</translation>
    </message>
    <message>
        <source>Select a consultation.</source>
        <translation>Wählen Sie eine Konsultation.</translation>
    </message>
    <message>
        <source>The consultation cannot be read: %1</source>
        <translation>Die Konsultation kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation>Aktuelle Anamnese</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Verordnungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Nachsorgetermin</translation>
    </message>
    <message>
        <source>Dentist&apos;s notes</source>
        <translation>Notizen des Behandlers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 mmHg</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DicomImportDialog</name>
    <message>
        <source>This &amp;X-ray shows the patient chosen above</source>
        <translation>Dieses &amp;Röntgenbild zeigt den oben gewählten Patienten</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>DICOM-Röntgenbild importieren</translation>
    </message>
    <message>
        <source>A DICOM file (.dcm); Enter reads it</source>
        <translation>Eine DICOM-Datei (.dcm); die Eingabetaste liest sie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Patients the file may name, best match first</source>
        <translation>Patienten, die die Datei meinen könnte, beste Übereinstimmung zuerst</translation>
    </message>
    <message>
        <source>Visit to put the X-ray in</source>
        <translation>Besuch, zu dem das Röntgenbild gehört</translation>
    </message>
    <message>
        <source>FDI numbers, e.g. 36, 37 (optional)</source>
        <translation>FDI-Nummern, z. B. 36, 37 (optional)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The file says:</source>
        <translation>Laut Datei:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Besuch:</translation>
    </message>
    <message>
        <source>&amp;Teeth:</source>
        <translation>&amp;Zähne:</translation>
    </message>
    <message>
        <source>DICOM X-ray</source>
        <translation>DICOM-Röntgenbild</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom);;All files (*)</source>
        <translation>DICOM-Dateien (*.dcm *.dicom);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>kein Geburtsdatum</translation>
    </message>
    <message>
        <source>Patient %1, %2, ID %3</source>
        <translation>Patient %1, %2, ID %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Study %1, %2, %3 × %4 pixels, %5 bits</source>
        <translation>Untersuchung %1, %2, %3 × %4 Pixel, %5 Bit</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel (%2)</source>
        <translation>Kalibriert: %1 mm pro Pixel (%2)</translation>
    </message>
    <message>
        <source>Not calibrated: the file gives no pixel spacing.</source>
        <translation>Nicht kalibriert: Die Datei nennt keinen Pixelabstand.</translation>
    </message>
    <message numerus="yes">
        <source>%n window preset(s)</source>
        <translation>
            <numerusform>%n Fenstervorgabe</numerusform>
            <numerusform>%n Fenstervorgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, born %2: %3% (%4)</source>
        <translation>%1, geboren %2: %3 % (%4)</translation>
    </message>
    <message>
        <source>; differs: %1</source>
        <translation>; abweichend: %1</translation>
    </message>
    <message>
        <source>No patient here matches the file&apos;s patient ID, birth date or name. Add the patient first, then import again.</source>
        <translation>Kein Patient hier passt zu Patienten-ID, Geburtsdatum oder Name der Datei. Legen Sie den Patienten zuerst an und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This patient has no visit to put the X-ray in; book one first.</source>
        <translation>Dieser Patient hat keinen Besuch für das Röntgenbild; buchen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the patient and the visit, and confirm, first.</source>
        <translation>Wählen Sie zuerst Patient und Besuch und bestätigen Sie.</translation>
    </message>
    <message>
        <source>The X-ray is not imported: %1</source>
        <translation>Das Röntgenbild wurde nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DocumentsSection</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The patient&apos;s documents, newest first. Enter opens one.</source>
        <translation>Die Dokumente des Patienten, neueste zuerst. Eingabe öffnet eines.</translation>
    </message>
    <message>
        <source>e.g. referral, lab report</source>
        <translation>z. B. Überweisung, Laborbefund</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Dokument&amp;typ:</translation>
    </message>
    <message>
        <source>Add a PDF or an image to the patient&apos;s documents</source>
        <translation>Ein PDF oder Bild zu den Dokumenten des Patienten hinzufügen</translation>
    </message>
    <message>
        <source>The documents cannot be read: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation>PDF und Bilder (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The document was not added: the file is larger than %1 MB.</source>
        <translation>Das Dokument wurde nicht hinzugefügt: Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The document was not added: %1</source>
        <translation>Das Dokument wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>Das Dokument kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No program opens %1 here; use Save a copy instead.</source>
        <translation>Kein Programm öffnet %1 hier; speichern Sie stattdessen eine Kopie.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie des Dokuments speichern</translation>
    </message>
    <message>
        <source>The document was not saved: %1</source>
        <translation>Das Dokument wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>The document was not deleted: %1</source>
        <translation>Das Dokument wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
</context>
<context>
    <name>chairside::ui::FrontDeskView</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Heutige Termine</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s), %2 waiting, %3 in the chair</source>
        <translation>
            <numerusform>%1 — %n Termin, %2 im Wartezimmer, %3 in Behandlung</numerusform>
            <numerusform>%1 — %n Termine, %2 im Wartezimmer, %3 in Behandlung</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an appointment first.</source>
        <translation>Wählen Sie zuerst einen Termin aus.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double bookings to resolve</source>
        <translation>Zu klärende Doppelbuchungen</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>Stuhl %1</translation>
    </message>
    <message>
        <source>Dentist %1</source>
        <translation>Zahnarzt %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>%1 is booked twice: %2 and %3</source>
        <translation>%1 ist doppelt gebucht: %2 und %3</translation>
    </message>
    <message>
        <source>Double bookings from stations that were apart (%1): move or cancel one of each pair.</source>
        <translation>Doppelbuchungen von Stationen, die getrennt waren (%1): verschieben oder stornieren Sie je eine.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::InventoryView</name>
    <message>
        <source>Filter materials</source>
        <translation>Material filtern</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialien</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Note (supplier, patient, reason)</source>
        <translation>Bemerkung (Lieferant, Patient, Grund)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>&amp;Used</source>
        <translation>&amp;Verbrauch</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>Materialien exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Stock for the selected material:</source>
        <translation>Bestand des ausgewählten Materials:</translation>
    </message>
    <message>
        <source>Select a material first.</source>
        <translation>Wählen Sie zuerst ein Material aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: received %2.</source>
        <translation>%1: Eingang von %2 gebucht.</translation>
    </message>
    <message>
        <source>%1: used %2.</source>
        <translation>%1: Verbrauch von %2 gebucht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n material(s) to %1.</source>
        <translation>
            <numerusform>%n Material nach %1 exportiert.</numerusform>
            <numerusform>%n Materialien nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::LoginDialog</name>
    <message>
        <source>Sign in to Chairside</source>
        <translation>Bei Chairside anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@clinic.example</source>
        <translation>name@praxis.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
</context>
<context>
    <name>chairside::ui::MainWindow</name>
    <message>
        <source>Chairside — %1 (%2)</source>
        <translation>Chairside — %1 (%2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>API server status</source>
        <translation>Status des API-Servers</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Search by name, phone, email or date of birth (Ctrl+F)</source>
        <translation>Suche nach Name, Telefon, E-Mail oder Geburtsdatum (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Neuer Patient</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Neuer Patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit patient</source>
        <translation>Patient &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Select a patient in the list first.</source>
        <translation>Wählen Sie zuerst einen Patienten in der Liste aus.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Rückgängig machen nicht möglich: %1</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>Bearbeitung von %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>API not running: %1</source>
        <translation>API läuft nicht: %1</translation>
    </message>
    <message>
        <source>API not running</source>
        <translation>API läuft nicht</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Karteikarte</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit the selected patient (F2)</source>
        <translation>Ausgewählten Patienten bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>&amp;Karteikarte öffnen</translation>
    </message>
    <message>
        <source>The selected patient&apos;s chart (Enter or double-click)</source>
        <translation>Karteikarte des ausgewählten Patienten (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Import &amp;DICOM…</source>
        <translation>&amp;DICOM importieren…</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray into a patient&apos;s visit (Ctrl+Shift+I)</source>
        <translation>Ein DICOM-Röntgenbild in einen Besuch eines Patienten importieren (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>DICOM-Röntgenbild importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>Patienten &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;patients…</source>
        <translation>&amp;Patienten exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;appointments…</source>
        <translation>&amp;Termine exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;materials…</source>
        <translation>&amp;Material exportieren…</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Patienten exportieren</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Termine exportieren</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>Material exportieren</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;subscriptions…</source>
        <translation>Kalender&amp;abonnements…</translation>
    </message>
</context>
<context>
    <name>chairside::ui::MaterialTableModel</name>
    <message>
        <source>At or below the reorder level: time to order more.</source>
        <translation>Meldebestand erreicht oder unterschritten: bitte nachbestellen.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Nachbestellen bei</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>chairside::ui::NotificationsView</name>
    <message>
        <source>&amp;Mark read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Search a patient by name, phone or email</source>
        <translation>Patient nach Name, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>Patient whose messages are shown</source>
        <translation>Patient, dessen Nachrichten gezeigt werden</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>The selected message</source>
        <translation>Die ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Nachrichten neu laden</translation>
    </message>
    <message>
        <source>The patients cannot be searched: %1</source>
        <translation>Die Patienten können nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (geb. %2)</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>Die Patientendaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The messages cannot be read: %1</source>
        <translation>Die Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>The message was not marked read: %1</source>
        <translation>Die Nachricht wurde nicht als gelesen markiert: %1</translation>
    </message>
    <message>
        <source>Message marked read.</source>
        <translation>Nachricht als gelesen markiert.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Showing the newest %1 messages; filter by state or patient to find older ones.</source>
        <translation>Es werden die neuesten %1 Nachrichten gezeigt; filtern Sie nach Status oder Patient, um ältere zu finden.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientForm</name>
    <message>
        <source>&amp;Allergies:</source>
        <translation>A&amp;llergien:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ges&amp;chlecht:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Medical history:</source>
        <translation>Ana&amp;mnese:</translation>
    </message>
    <message>
        <source>Medi&amp;cations:</source>
        <translation>Med&amp;ikamente:</translation>
    </message>
    <message>
        <source>Emergency &amp;contact:</source>
        <translation>Notfall&amp;kontakt:</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone:</source>
        <translation>Notfalltele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>K&amp;rankenkasse:</translation>
    </message>
    <message>
        <source>Insurance &amp;number:</source>
        <translation>Versichertenn&amp;ummer:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportDialog</name>
    <message>
        <source>Leave out &amp;duplicates</source>
        <translation>&amp;Duplikate auslassen</translation>
    </message>
    <message>
        <source>Leave out rows with &amp;problems</source>
        <translation>Zeilen mit &amp;Problemen auslassen</translation>
    </message>
    <message>
        <source>Show &amp;only duplicates and problems</source>
        <translation>&amp;Nur Duplikate und Probleme zeigen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Patienten importieren</translation>
    </message>
    <message>
        <source>A CSV file: one patient per line, the first line naming the columns</source>
        <translation>Eine CSV-Datei: ein Patient pro Zeile, die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Spa&amp;lten:</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Wie die Datei zeigt</translation>
    </message>
    <message>
        <source>Day first (31/12/1980)</source>
        <translation>Tag zuerst (31/12/1980)</translation>
    </message>
    <message>
        <source>Month first (12/31/1980)</source>
        <translation>Monat zuerst (12/31/1980)</translation>
    </message>
    <message>
        <source>Dates like 03/04/1980 &amp;are:</source>
        <translation>Daten wie 03/04/1980 &amp;sind:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Column %1 is imported as</source>
        <translation>Spalte %1 wird importiert als</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 with problems.</source>
        <translation>%1 Zeilen: %2 bereit, %3 Duplikate, %4 mit Problemen.</translation>
    </message>
    <message>
        <source>The file holds no patients.</source>
        <translation>Die Datei enthält keine Patienten.</translation>
    </message>
    <message>
        <source>No row is ready to import.</source>
        <translation>Keine Zeile ist bereit zum Import.</translation>
    </message>
    <message>
        <source>Correct the rows marked in the file, or leave them out, to import; the import is all or nothing.</source>
        <translation>Korrigieren Sie die markierten Zeilen in der Datei oder lassen Sie sie aus, um zu importieren; der Import erfolgt ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Patienten werden importiert</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Angehalten; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s).</source>
        <translation>
            <numerusform>%n Patient importiert.</numerusform>
            <numerusform>%n Patienten importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportModel</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>No email reminders</source>
        <translation>Keine E-Mail-Erinnerungen</translation>
    </message>
    <message>
        <source>No text reminders</source>
        <translation>Keine SMS-Erinnerungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geboren %2</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same insurance number</source>
        <translation>gleiche Versichertennummer</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>gleicher Name und Geburtsdatum</translation>
    </message>
    <message>
        <source>Same as line %1: %2 (%3)</source>
        <translation>Wie Zeile %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Already a patient: %1 (%2)</source>
        <translation>Bereits Patient: %1 (%2)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
(ausgelassen)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrescriptionsSection</name>
    <message>
        <source>Prescriptions</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Verordnet</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>New prescription</source>
        <translation>Neues Rezept</translation>
    </message>
    <message>
        <source>The patient&apos;s prescriptions, newest first, each with its medications.</source>
        <translation>Die Rezepte des Patienten, neueste zuerst, jeweils mit ihren Medikamenten.</translation>
    </message>
    <message>
        <source>Selected prescription</source>
        <translation>Ausgewähltes Rezept</translation>
    </message>
    <message>
        <source>General instructions (optional)</source>
        <translation>Allgemeine Anweisungen (optional)</translation>
    </message>
    <message>
        <source>Medications of the new prescription</source>
        <translation>Medikamente des neuen Rezepts</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Medica&amp;tions:</source>
        <translation>M&amp;edikamente:</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>&amp;Neues Medikament</translation>
    </message>
    <message>
        <source>R&amp;emove medication</source>
        <translation>Medikament en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Save prescription</source>
        <translation>Rezept &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>The prescriptions cannot be read: %1</source>
        <translation>Die Rezepte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No prescriptions yet.</source>
        <translation>Noch keine Rezepte.</translation>
    </message>
    <message>
        <source>Select a prescription.</source>
        <translation>Wählen Sie ein Rezept.</translation>
    </message>
    <message>
        <source>Prescribed %1 by %2</source>
        <translation>Verordnet am %1 von %2</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Anweisungen: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>The prescription was not saved: %1</source>
        <translation>Das Rezept wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Prescription saved.</source>
        <translation>Rezept gespeichert.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrintActions</name>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Print the selected invoice</source>
        <translation>Die ausgewählte Rechnung drucken</translation>
    </message>
    <message>
        <source>Print the selected prescription</source>
        <translation>Das ausgewählte Rezept drucken</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF file</source>
        <translation>Die ausgewählte Rechnung als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save the selected prescription as a PDF file</source>
        <translation>Das ausgewählte Rezept als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>Der Drucker hat die Seiten nicht angenommen.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>Rechnung drucken</translation>
    </message>
    <message>
        <source>Print prescription</source>
        <translation>Rezept drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::StationsTab</name>
    <message>
        <source>This station: %1 (site %2)</source>
        <translation>Diese Station: %1 (Site %2)</translation>
    </message>
    <message>
        <source>the code the other station shows</source>
        <translation>der Code, den die andere Station anzeigt</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Koppeln</translation>
    </message>
    <message>
        <source>Paired stations</source>
        <translation>Gekoppelte Stationen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Other station&apos;s address:</source>
        <translation>Adresse der anderen Station:</translation>
    </message>
    <message>
        <source>Its pairing code:</source>
        <translation>Ihr Kopplungscode:</translation>
    </message>
    <message>
        <source>(it syncs with this station)</source>
        <translation>(sie gleicht mit dieser Station ab)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Type %1 on the other station (valid until %2).</source>
        <translation>Geben Sie %1 an der anderen Station ein (gültig bis %2).</translation>
    </message>
    <message>
        <source>Paired with %1. Sync starts within a second.</source>
        <translation>Mit %1 gekoppelt. Der Abgleich beginnt binnen einer Sekunde.</translation>
    </message>
    <message>
        <source>Select a station in the list first.</source>
        <translation>Wählen Sie zuerst eine Station in der Liste.</translation>
    </message>
    <message>
        <source>%1 is no longer paired; neither station accepts the other&apos;s calls now.</source>
        <translation>%1 ist nicht mehr gekoppelt; keine der beiden Stationen nimmt nun Anfragen der anderen an.</translation>
    </message>
    <message>
        <source>Show pairing &amp;code</source>
        <translation>Kopplungs&amp;code anzeigen</translation>
    </message>
    <message>
        <source>U&amp;npair selected</source>
        <translation>Auswahl e&amp;ntkoppeln</translation>
    </message>
    <message>
        <source>Stations on the network, not paired</source>
        <translation>Stationen im Netzwerk, nicht gekoppelt</translation>
    </message>
    <message>
        <source>Pair &amp;with this one</source>
        <translation>&amp;Mit dieser koppeln</translation>
    </message>
    <message>
        <source>Stations on the network, not paired yet:</source>
        <translation>Stationen im Netzwerk, noch nicht gekoppelt:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>(none heard; type the other station&apos;s address below)</source>
        <translation>(keine gehört; geben Sie die Adresse der anderen Station unten ein)</translation>
    </message>
    <message>
        <source>Choose a station in the list of stations on the network first.</source>
        <translation>Wählen Sie zuerst eine Station aus der Liste der Stationen im Netzwerk.</translation>
    </message>
    <message>
        <source>This station&apos;s API speaks plain HTTP: it shows no certificate to pin.</source>
        <translation>Die API dieser Station spricht unverschlüsseltes HTTP: Sie zeigt kein Zertifikat zum Anheften.</translation>
    </message>
    <message>
        <source>Its certificate fingerprint (SHA-256), for the other station&apos;s admin to compare:
%1</source>
        <translation>Ihr Zertifikat-Fingerabdruck (SHA-256), zum Vergleich durch die Administration der anderen Station:
%1</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8000</source>
        <translation>https://192.168.1.20:8000</translation>
    </message>
    <message>
        <source>optional: leave empty to trust the certificate it shows now</source>
        <translation>optional: leer lassen, um dem jetzt gezeigten Zertifikat zu vertrauen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Its certificate fingerprint:</source>
        <translation>Ihr Zertifikat-Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>chairside::ui::SyncStatusLabel</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
    <message>
        <source>Sync: no other stations paired</source>
        <translation>Abgleich: keine anderen Stationen gekoppelt</translation>
    </message>
    <message>
        <source>Pair stations in Admin › Stations.</source>
        <translation>Stationen koppeln Sie unter Verwaltung › Stationen.</translation>
    </message>
    <message>
        <source> — synced %1</source>
        <translation> — abgeglichen %1</translation>
    </message>
    <message>
        <source> — in touch %1</source>
        <translation> — in Kontakt %1</translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation> — noch nicht erreicht</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>, clock %1 s off</source>
        <translation>, Uhr %1 s abweichend</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 min off</source>
        <translation>Uhr von %1 weicht %2 min ab</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 stations in reach</source>
        <translation>Abgleich: %1 von %2 Stationen erreichbar</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · zuletzt %1</translation>
    </message>
    <message>
        <source> · not synced yet</source>
        <translation> · noch nicht abgeglichen</translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation> · %1 Änderungen wartend</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayView</name>
    <message>
        <source>Annotation %1 is not a valid text, arrow or distance.</source>
        <translation>Anmerkung %1 ist kein gültiger Text, Pfeil oder Abstand.</translation>
    </message>
    <message>
        <source>X-ray image</source>
        <translation>Röntgenbild</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>Originalgröße (&amp;1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertieren</translation>
    </message>
    <message>
        <source>&amp;Rotate clockwise</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>Rotate &amp;counter-clockwise</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <source>Flip &amp;horizontally</source>
        <translation>&amp;Horizontal spiegeln</translation>
    </message>
    <message>
        <source>Flip &amp;vertically</source>
        <translation>&amp;Vertikal spiegeln</translation>
    </message>
    <message>
        <source>Next &amp;window preset</source>
        <translation>&amp;Nächste Fenstervorgabe</translation>
    </message>
    <message>
        <source>A&amp;uto window</source>
        <translation>&amp;Automatische Fensterung</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>Abstand &amp;messen</translation>
    </message>
    <message>
        <source>Add &amp;arrow</source>
        <translation>&amp;Pfeil hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>&amp;Text hinzufügen</translation>
    </message>
    <message>
        <source>Stop measuring or annotating</source>
        <translation>Messen bzw. Beschriften beenden</translation>
    </message>
    <message>
        <source>&amp;Calibrate with the last measurement…</source>
        <translation>Mit der letzten Messung &amp;kalibrieren…</translation>
    </message>
    <message>
        <source>Remove the last mark</source>
        <translation>Letzte Markierung entfernen</translation>
    </message>
    <message>
        <source>%1 px · %2 mm</source>
        <translation>%1 px · %2 mm</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <source>Known length of the last measured line (%1), in mm:</source>
        <translation>Bekannte Länge der zuletzt gemessenen Strecke (%1) in mm:</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Window centre %1, width %2; zoom %3%</source>
        <translation>Fensterzentrum %1, Fensterbreite %2; Zoom %3 %</translation>
    </message>
    <message>
        <source>W %1  C %2  %3%</source>
        <translation>W %1  C %2  %3 %</translation>
    </message>
    <message>
        <source>  %1 mm/px</source>
        <translation>  %1 mm/px</translation>
    </message>
    <message>
        <source>Teeth %1</source>
        <translation>Zähne %1</translation>
    </message>
    <message>
        <source>Tag &amp;teeth (FDI)…</source>
        <translation>&amp;Zähne markieren (FDI)…</translation>
    </message>
    <message>
        <source>Tag teeth</source>
        <translation>Zähne markieren</translation>
    </message>
    <message>
        <source>FDI tooth numbers on this image, separated by commas (e.g. 36, 37):</source>
        <translation>FDI-Zahnnummern auf diesem Bild, durch Kommas getrennt (z. B. 36, 37):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are not FDI tooth numbers (11-48, 51-85); the tags were not changed.</source>
        <translation>„%1“ sind keine FDI-Zahnnummern (11–48, 51–85); die Markierungen wurden nicht geändert.</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>Aus der Datei: %1</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>Automatisch (Histogramm)</translation>
    </message>
    <message>
        <source>%1 px · %2 mm (calibrated by the file)</source>
        <translation>%1 px · %2 mm (von der Datei kalibriert)</translation>
    </message>
    <message>
        <source>  %1 mm/px, calibrated by the file</source>
        <translation>  %1 mm/px, von der Datei kalibriert</translation>
    </message>
    <message>
        <source>  uncalibrated (px only)</source>
        <translation>  nicht kalibriert (nur px)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayWindow</name>
    <message>
        <source>X-ray</source>
        <translation>Röntgenbild</translation>
    </message>
    <message>
        <source>X-ray tools</source>
        <translation>Röntgenwerkzeuge</translation>
    </message>
    <message>
        <source>Teeth on this image</source>
        <translation>Zähne auf diesem Bild</translation>
    </message>
    <message>
        <source>X-ray — %1</source>
        <translation>Röntgenbild — %1</translation>
    </message>
    <message>
        <source>No teeth tagged</source>
        <translation>Keine Zähne zugeordnet</translation>
    </message>
    <message>
        <source>Teeth (FDI): %1</source>
        <translation>Zähne (FDI): %1</translation>
    </message>
    <message>
        <source>Earlier image to compare with</source>
        <translation>Früheres Bild zum Vergleich</translation>
    </message>
    <message>
        <source>Earlier X-ray image</source>
        <translation>Früheres Röntgenbild</translation>
    </message>
    <message>
        <source>Marks made on the earlier image are not saved.</source>
        <translation>Markierungen auf dem früheren Bild werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier image</source>
        <translation>Mit früherem Bild &amp;vergleichen</translation>
    </message>
    <message>
        <source>Saving state of the marks</source>
        <translation>Speicherstand der Markierungen</translation>
    </message>
    <message>
        <source>The marks on the image shown could not be saved, so it stays open.</source>
        <translation>Die Markierungen des angezeigten Bildes konnten nicht gespeichert werden, daher bleibt es geöffnet.</translation>
    </message>
    <message>
        <source>The saved marks of this image are damaged and not shown: %1</source>
        <translation>Die gespeicherten Markierungen dieses Bildes sind beschädigt und werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Marks you make on this image are not saved.</source>
        <translation>Ihre Markierungen auf diesem Bild werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving marks…</source>
        <translation>Markierungen werden gespeichert…</translation>
    </message>
    <message>
        <source>The marks are not saved: %1</source>
        <translation>Die Markierungen sind nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Marks saved.</source>
        <translation>Markierungen gespeichert.</translation>
    </message>
    <message>
        <source>The earlier images cannot be read: %1</source>
        <translation>Die früheren Bilder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, teeth %2</source>
        <translation>%1, Zähne %2</translation>
    </message>
    <message>
        <source>No earlier image of these teeth</source>
        <translation>Kein früheres Bild dieser Zähne</translation>
    </message>
    <message>
        <source>The earlier image cannot be read: %1</source>
        <translation>Das frühere Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The earlier image cannot be shown: %1</source>
        <translation>Das frühere Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>E&amp;xport image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Fenstervorgabe</translation>
    </message>
    <message>
        <source>Window preset (W: next)</source>
        <translation>Fenstervorgabe (W: nächste)</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>Export the image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>The image is not exported: %1</source>
        <translation>Das Bild wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>Turn Invert off before exporting as DICOM: the file would show it the other way round.</source>
        <translation>Schalten Sie Invertieren vor dem DICOM-Export aus: Die Datei würde das Bild sonst umgekehrt zeigen.</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Wie exportiert</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>DICOM (*.dcm)</source>
        <translation>DICOM (*.dcm)</translation>
    </message>
</context>
</TS>
