<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Impossible d&apos;ouvrir l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the image: %1</source>
        <translation>Impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>The image could not be converted to grayscale.</source>
        <translation>L&apos;image n&apos;a pas pu être convertie en niveaux de gris.</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
    <message>
        <source>Enamel</source>
        <translation>Émail</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>&amp;AI and mail</source>
        <translation>&amp;IA et messagerie</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Stations</source>
        <translation>&amp;Postes</translation>
    </message>
    <message>
        <source>&amp;Demo data</source>
        <translation>&amp;Données de démonstration</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Remove selected account</source>
        <translation>&amp;Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New role of the selected account</source>
        <translation>Nouveau rôle du compte sélectionné</translation>
    </message>
    <message>
        <source>Change r&amp;ole of selected</source>
        <translation>Changer le r&amp;ôle du compte sélectionné</translation>
    </message>
    <message>
        <source>%1 can sign in now as %2.</source>
        <translation>%1 peut désormais se connecter en tant que %2.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d&apos;abord un compte.</translation>
    </message>
    <message>
        <source>%1 is now %2; its sessions are ended, so it signs in again with the new role.</source>
        <translation>%1 est désormais %2&#xa0;; ses sessions sont fermées et la prochaine connexion se fera avec le nouveau rôle.</translation>
    </message>
    <message>
        <source>%1 was removed; its sessions are ended.</source>
        <translation>%1 a été supprimé&#xa0;; ses sessions sont fermées.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM, or empty when closed</source>
        <translation>HH:MM-HH:MM, ou vide si fermé</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>Horaires d&apos;ouverture le %1</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Fauteuils</translation>
    </message>
    <message>
        <source>New chair&apos;s name</source>
        <translation>Nom du nouveau fauteuil</translation>
    </message>
    <message>
        <source>Add c&amp;hair</source>
        <translation>Ajouter un &amp;fauteuil</translation>
    </message>
    <message>
        <source>Remove chair</source>
        <translation>Retirer le fauteuil</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>Fauteuils&#xa0;:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Select a chair first.</source>
        <translation>Sélectionnez d&apos;abord un fauteuil.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clé d&apos;API Gemini</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>X-rays of new records are sent to Google&apos;s Gemini for a draft reading when a key is set. The key is kept in %1, never in the database or a settings file. %2</source>
        <translation>Lorsqu&apos;une clé est définie, les radiographies des nouveaux dossiers sont envoyées à Gemini de Google pour une pré-lecture. La clé est conservée dans %1, jamais dans la base de données ni dans un fichier de paramètres. %2</translation>
    </message>
    <message>
        <source>A key is stored.</source>
        <translation>Une clé est enregistrée.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Aucune clé n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>This station has no secret store, so no key can be kept here.</source>
        <translation>Ce poste n&apos;a pas de coffre à secrets&#xa0;; aucune clé ne peut y être conservée.</translation>
    </message>
    <message>
        <source>AI readings (Gemini)</source>
        <translation>Lectures par IA (Gemini)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>Collez d&apos;abord la clé.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key stored in %1. Readings use it from the next start of the station.</source>
        <translation>Clé enregistrée dans %1. Les lectures l&apos;utiliseront au prochain démarrage du poste.</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Save pass&amp;word</source>
        <translation>Enregistrer le &amp;mot de passe</translation>
    </message>
    <message>
        <source>This station has no secret store, so no password can be kept here.</source>
        <translation>Ce poste n&apos;a pas de coffre à secrets&#xa0;; aucun mot de passe ne peut y être conservé.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>SMTP &amp;password:</source>
        <translation>Mot de &amp;passe SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>Mail goes out through the server named in CHAIRSIDE_MAIL_URL, which also names the user. Its password is kept in %1, never in the database or a settings file. %2</source>
        <translation>Le courrier part par le serveur indiqué dans CHAIRSIDE_MAIL_URL, qui indique aussi l&apos;utilisateur. Son mot de passe est conservé dans %1, jamais dans la base de données ni dans un fichier de paramètres. %2</translation>
    </message>
    <message>
        <source>A password is stored.</source>
        <translation>Un mot de passe est enregistré.</translation>
    </message>
    <message>
        <source>No password is stored; only a server that asks for none can be used.</source>
        <translation>Aucun mot de passe n&apos;est enregistré&#xa0;; seul un serveur qui n&apos;en demande pas peut être utilisé.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Saisissez d&apos;abord le mot de passe.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password stored in %1. Mail uses it from the next start of the station.</source>
        <translation>Mot de passe enregistré dans %1. La messagerie l&apos;utilisera au prochain démarrage du poste.</translation>
    </message>
    <message>
        <source>Action starts with, e.g. appointments.</source>
        <translation>L&apos;action commence par, p. ex. appointments.</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>N° de ligne</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Entries to show</source>
        <translation>Entrées à afficher</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Reads of patient data</source>
        <translation>Consultations de données patients</translation>
    </message>
    <message>
        <source>Changes and sign-ins</source>
        <translation>Modifications et connexions</translation>
    </message>
    <message>
        <source>Older &amp;entries</source>
        <translation>&amp;Entrées plus anciennes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>No more entries.</source>
        <translation>Plus aucune entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entrée affichée.</numerusform>
            <numerusform>%n entrées affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a demo store. More demo patients, each with visits in the month around today, can be added while you keep working.</source>
        <translation>Ceci est une base de démonstration. Vous pouvez ajouter d&apos;autres patients fictifs, chacun avec des rendez-vous dans le mois autour d&apos;aujourd&apos;hui, tout en continuant à travailler.</translation>
    </message>
    <message>
        <source>Demo patients to add</source>
        <translation>Patients fictifs à ajouter</translation>
    </message>
    <message>
        <source>Add demo &amp;patients</source>
        <translation>Ajouter des &amp;patients fictifs</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Patients&#xa0;:</translation>
    </message>
    <message>
        <source>Adding demo patients: %1…</source>
        <translation>Ajout de patients fictifs&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Adding demo patients</source>
        <translation>Ajout de patients fictifs</translation>
    </message>
    <message>
        <source>Patients with their visits</source>
        <translation>Patients avec leurs rendez-vous</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Rendez-vous passés</translation>
    </message>
    <message>
        <source>Stopped; the patients added so far are kept.</source>
        <translation>Arrêté&#xa0;; les patients déjà ajoutés sont conservés.</translation>
    </message>
    <message>
        <source>Demo patients added: %1.</source>
        <translation>Patients fictifs ajoutés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AppointmentDayModel</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>Au fauteuil</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BackgroundTask</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BillingSection</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Selected invoice</source>
        <translation>Facture sélectionnée</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>e.g. 80.00</source>
        <translation>p. ex. 80.00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Enregistrer le paiement</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Generate an invoice</source>
        <translation>Établir une facture</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ex. 150.00</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>É&amp;chéance au</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Generate invoice</source>
        <translation>Éta&amp;blir la facture</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal&#xa0;:</translation>
    </message>
    <message>
        <source>The payments and invoices cannot be read: %1</source>
        <translation>Impossible de lire les paiements et factures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing invoiced or paid yet.</source>
        <translation>Rien n&apos;a encore été facturé ni payé.</translation>
    </message>
    <message>
        <source>Balance %1 %2 (invoiced %3, paid %4)</source>
        <translation>Solde %1 %2 (facturé %3, payé %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aucune facture pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select an invoice.</source>
        <translation>Sélectionnez une facture.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émise le %1</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Total %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Paid towards it %1, still owed %2</source>
        <translation>Déjà payé %1, reste dû %2</translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation>Le paiement n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payment of %1 %2 recorded.</source>
        <translation>Paiement de %1 %2 enregistré.</translation>
    </message>
    <message>
        <source>The invoice was not generated: %1</source>
        <translation>La facture n&apos;a pas été établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invoice %1 generated.</source>
        <translation>Facture %1 établie.</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Carte de débit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <source>Search patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Name, phone, email or date of birth</source>
        <translation>Nom, téléphone, e-mail ou date de naissance</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>Any free dentist</source>
        <translation>N&apos;importe quel dentiste libre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Any free chair</source>
        <translation>N&apos;importe quel fauteuil libre</translation>
    </message>
    <message>
        <source>Start (clinic time)</source>
        <translation>Début (heure du cabinet)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dentist:</source>
        <translation>&amp;Dentiste&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Fauteuil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Choose the patient first: search, then pick one from the list.</source>
        <translation>Choisissez d&apos;abord le patient&#xa0;: recherchez-le, puis sélectionnez-le dans la liste.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarFeedsDialog</name>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>&amp;Make an address</source>
        <translation>&amp;Créer une adresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Calendar subscriptions</source>
        <translation>Abonnements d&apos;agenda</translation>
    </message>
    <message>
        <source>A calendar program (Thunderbird, Outlook, a phone) subscribes to an address and shows the appointments of the last 30 days and the next 180, with the patient&apos;s initials only. Anyone holding the address sees them: revoke an address that is no longer needed.</source>
        <translation>Un logiciel d&apos;agenda (Thunderbird, Outlook, un téléphone) s&apos;abonne à une adresse et affiche les rendez-vous des 30 derniers jours et des 180 prochains, avec les seules initiales du patient. Quiconque détient l&apos;adresse les voit&#xa0;: révoquez une adresse qui ne sert plus.</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>A&amp;genda&#xa0;:</translation>
    </message>
    <message>
        <source>A new address shows here, once</source>
        <translation>Une nouvelle adresse s&apos;affiche ici, une seule fois</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Copied. Paste it where the calendar program asks for a calendar on the network.</source>
        <translation>Copiée. Collez-la là où le logiciel d&apos;agenda demande un agenda en réseau.</translation>
    </message>
    <message>
        <source>The API is not running, so calendar programs cannot reach this station.</source>
        <translation>L&apos;API ne fonctionne pas&#xa0;: les logiciels d&apos;agenda ne peuvent pas joindre ce poste.</translation>
    </message>
    <message>
        <source>Your account has no dentist profile, so it has no calendar to publish.</source>
        <translation>Votre compte n&apos;a pas de profil de dentiste, donc pas d&apos;agenda à publier.</translation>
    </message>
    <message>
        <source>Copy the address now: it is shown only this once.</source>
        <translation>Copiez l&apos;adresse maintenant&#xa0;: elle n&apos;est affichée que cette fois.</translation>
    </message>
    <message>
        <source>Revoked: calendar programs using that address get nothing from now on.</source>
        <translation>Révoquée&#xa0;: les logiciels d&apos;agenda qui utilisent cette adresse ne reçoivent plus rien.</translation>
    </message>
    <message>
        <source>Revoke the address</source>
        <translation>Révoquer l&apos;adresse</translation>
    </message>
    <message>
        <source>Calendar programs subscribed to this address of %1 will stop showing its appointments. Revoke it?</source>
        <translation>Les logiciels d&apos;agenda abonnés à cette adresse de %1 n&apos;afficheront plus ses rendez-vous. La révoquer&#xa0;?</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoquée %1</translation>
    </message>
    <message>
        <source>The API listens on this computer only (%1), so only calendar programs on this computer can use these addresses. To reach phones and other computers, start the station with --listen 0.0.0.0:8000.</source>
        <translation>L&apos;API n&apos;écoute que sur cet ordinateur (%1)&#xa0;: seuls les logiciels d&apos;agenda de cet ordinateur peuvent utiliser ces adresses. Pour les téléphones et les autres ordinateurs, démarrez le poste avec --listen 0.0.0.0:8000.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarPage</name>
    <message>
        <source>Book &amp;it</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>The day (or week) before (Ctrl+Page Up)</source>
        <translation>Le jour (ou la semaine) précédent (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The day (or week) after (Ctrl+Page Down)</source>
        <translation>Le jour (ou la semaine) suivant (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Jour ou semaine</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Fauteuils</translation>
    </message>
    <message>
        <source>Dentists</source>
        <translation>Dentistes</translation>
    </message>
    <message>
        <source>Dentist for the next free slot</source>
        <translation>Dentiste pour le prochain créneau libre</translation>
    </message>
    <message>
        <source>Any dentist</source>
        <translation>N&apos;importe quel dentiste</translation>
    </message>
    <message>
        <source>Length of the free slot</source>
        <translation>Durée du créneau libre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Next &amp;free slot</source>
        <translation>Prochain créneau &amp;libre</translation>
    </message>
    <message>
        <source>Booked %1 at %2.</source>
        <translation>Rendez-vous de %1 réservé pour le %2.</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>Aucun créneau libre dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Next free: %1 %2 %3</source>
        <translation>Prochain créneau libre&#xa0;: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarView</name>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>No dentist</source>
        <translation>Sans dentiste</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Non déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is now at %2, %3 minutes, %4.</source>
        <translation>%1 est désormais à %2, %3 minutes, %4.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>Au fauteuil</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ChartView</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Dossier du patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth and phone</source>
        <translation>Date de naissance et téléphone</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Antécédents médicaux</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The patient&apos;s appointments, newest first, each with its notes and images. Enter opens an image.</source>
        <translation>Les rendez-vous du patient, du plus récent au plus ancien, avec leurs notes et leurs images. Entrée ouvre une image.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Fauteuil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Appointment record</source>
        <translation>Fiche du rendez-vous</translation>
    </message>
    <message>
        <source>Note for today&apos;s appointment</source>
        <translation>Note pour le rendez-vous du jour</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Return adds it)</source>
        <translation>Rédigez une note… (Ctrl+Entrée pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>Add the note to today&apos;s appointment (Ctrl+Return)</source>
        <translation>Ajouter la note au rendez-vous du jour (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reload chart</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>&amp;Ordonnances</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Consultations</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Pa&amp;yments and invoices</source>
        <translation>&amp;Paiements et factures</translation>
    </message>
    <message>
        <source>This patient does not exist or is not one you may see.</source>
        <translation>Ce patient n&apos;existe pas ou vous n&apos;êtes pas autorisé à le consulter.</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>Impossible de lire le patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>The appointments cannot be read: %1</source>
        <translation>Impossible de lire les rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record of %1 cannot be read: %2</source>
        <translation>Impossible de lire la fiche du rendez-vous du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>Patient sans nom</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %n year(s) old</source>
        <translation>
            <numerusform>Né(e) le %1, %n an</numerusform>
            <numerusform>Né(e) le %1, %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>No date of birth or phone recorded.</source>
        <translation>Aucune date de naissance ni aucun téléphone enregistrés.</translation>
    </message>
    <message>
        <source>No allergies recorded.</source>
        <translation>Aucune allergie enregistrée.</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ Allergies&#xa0;: %1</translation>
    </message>
    <message>
        <source>No medical history recorded.</source>
        <translation>Aucun antécédent médical enregistré.</translation>
    </message>
    <message>
        <source>Medical history: %1</source>
        <translation>Antécédents médicaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
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
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image %1, %2 — AI reading %3</source>
        <translation>Image %1, %2 — lecture IA %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Aucun rendez-vous pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select an appointment in the timeline.</source>
        <translation>Sélectionnez un rendez-vous dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booking note: %1</source>
        <translation>Note de réservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>Image %1, %2</translation>
    </message>
    <message>
        <source>AI reading: %1</source>
        <translation>Lecture IA&#xa0;: %1</translation>
    </message>
    <message>
        <source>AI reading of image %1 in progress</source>
        <translation>Lecture IA de l&apos;image %1 en cours</translation>
    </message>
    <message>
        <source>No reading text.</source>
        <translation>Pas de texte de lecture.</translation>
    </message>
    <message>
        <source>AI reading of image %1</source>
        <translation>Lecture IA de l&apos;image %1</translation>
    </message>
    <message>
        <source>Model %1, analysed %2</source>
        <translation>Modèle %1, analysée le %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>Confirmée par %1 le %2</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2</source>
        <translation>Rejetée par %1 le %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Revue par %1 le %2</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Open image %1 in the X-ray viewer</source>
        <translation>Ouvrir l&apos;image %1 dans la visionneuse de radiographies</translation>
    </message>
    <message>
        <source>Confirm reading</source>
        <translation>Confirmer la lecture</translation>
    </message>
    <message>
        <source>Confirm the AI reading of image %1</source>
        <translation>Confirmer la lecture IA de l&apos;image %1</translation>
    </message>
    <message>
        <source>Reject reading</source>
        <translation>Rejeter la lecture</translation>
    </message>
    <message>
        <source>Reject the AI reading of image %1</source>
        <translation>Rejeter la lecture IA de l&apos;image %1</translation>
    </message>
    <message>
        <source>&amp;Note: no patient selected.</source>
        <translation>&amp;Note&#xa0;: aucun patient sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Note: this patient has no appointment today.</source>
        <translation>&amp;Note&#xa0;: ce patient n&apos;a pas de rendez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1:</source>
        <translation>&amp;Note pour le rendez-vous d&apos;aujourd&apos;hui à %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1 with %2:</source>
        <translation>&amp;Note pour le rendez-vous d&apos;aujourd&apos;hui à %1 avec %2&#xa0;:</translation>
    </message>
    <message>
        <source>This patient has no appointment today to add a note to.</source>
        <translation>Ce patient n&apos;a pas de rendez-vous aujourd&apos;hui auquel ajouter une note.</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>La note n&apos;a pas été ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note added to today&apos;s appointment.</source>
        <translation>Note ajoutée au rendez-vous du jour.</translation>
    </message>
    <message>
        <source>The reading was not changed: %1</source>
        <translation>La lecture n&apos;a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>AI reading confirmed.</source>
        <translation>Lecture IA confirmée.</translation>
    </message>
    <message>
        <source>AI reading rejected.</source>
        <translation>Lecture IA rejetée.</translation>
    </message>
    <message>
        <source>%1, %2, image %3, %4</source>
        <translation>%1, %2, image %3, %4</translation>
    </message>
    <message>
        <source>Image %1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>Au fauteuil</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>pending analysis</source>
        <translation>analyse en attente</translation>
    </message>
    <message>
        <source>draft, awaiting review</source>
        <translation>brouillon, en attente de validation</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no teeth tagged</source>
        <translation>aucune dent marquée</translation>
    </message>
    <message>
        <source>teeth %1</source>
        <translation>dents %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>L’image ne peut pas être affichée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ConsultationsSection</name>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Motif principal</translation>
    </message>
    <message>
        <source>Findings of the selected consultation</source>
        <translation>Constatations de la consultation sélectionnée</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Tension artérielle</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <source>Notes of the selected consultation</source>
        <translation>Notes de la consultation sélectionnée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The consultations cannot be read: %1</source>
        <translation>Impossible de lire les consultations&#xa0;: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Aucune consultation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select a consultation.</source>
        <translation>Sélectionnez une consultation.</translation>
    </message>
    <message>
        <source>The consultation cannot be read: %1</source>
        <translation>Impossible de lire la consultation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation>Histoire de la maladie</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen clinique</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Dentist&apos;s notes</source>
        <translation>Notes du dentiste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DicomImportDialog</name>
    <message>
        <source>This &amp;X-ray shows the patient chosen above</source>
        <translation>Cette &amp;radiographie montre le patient choisi ci-dessus</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>Importer une radiographie DICOM</translation>
    </message>
    <message>
        <source>A DICOM file (.dcm); Enter reads it</source>
        <translation>Un fichier DICOM (.dcm)&#xa0;; Entrée le lit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Patients the file may name, best match first</source>
        <translation>Patients que le fichier peut désigner, meilleure correspondance d’abord</translation>
    </message>
    <message>
        <source>Visit to put the X-ray in</source>
        <translation>Visite où placer la radiographie</translation>
    </message>
    <message>
        <source>FDI numbers, e.g. 36, 37 (optional)</source>
        <translation>Numéros FDI, p. ex. 36, 37 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The file says:</source>
        <translation>Le fichier indique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Teeth:</source>
        <translation>&amp;Dents&#xa0;:</translation>
    </message>
    <message>
        <source>DICOM X-ray</source>
        <translation>Radiographie DICOM</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom);;All files (*)</source>
        <translation>Fichiers DICOM (*.dcm *.dicom);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>pas de date de naissance</translation>
    </message>
    <message>
        <source>Patient %1, %2, ID %3</source>
        <translation>Patient %1, %2, ID %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Study %1, %2, %3 × %4 pixels, %5 bits</source>
        <translation>Examen %1, %2, %3 × %4 pixels, %5 bits</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel (%2)</source>
        <translation>Étalonnée&#xa0;: %1 mm par pixel (%2)</translation>
    </message>
    <message>
        <source>Not calibrated: the file gives no pixel spacing.</source>
        <translation>Non étalonnée&#xa0;: le fichier n’indique pas l’espacement des pixels.</translation>
    </message>
    <message numerus="yes">
        <source>%n window preset(s)</source>
        <translation>
            <numerusform>%n préréglage de fenêtrage</numerusform>
            <numerusform>%n préréglages de fenêtrage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, born %2: %3% (%4)</source>
        <translation>%1, né(e) le %2&#xa0;: %3&#xa0;% (%4)</translation>
    </message>
    <message>
        <source>; differs: %1</source>
        <translation>&#xa0;; diffère&#xa0;: %1</translation>
    </message>
    <message>
        <source>No patient here matches the file&apos;s patient ID, birth date or name. Add the patient first, then import again.</source>
        <translation>Aucun patient ici ne correspond à l’identifiant, à la date de naissance ou au nom du fichier. Créez d’abord le patient, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>This patient has no visit to put the X-ray in; book one first.</source>
        <translation>Ce patient n’a aucune visite où placer la radiographie&#xa0;; réservez-en une d’abord.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the patient and the visit, and confirm, first.</source>
        <translation>Choisissez d’abord le patient et la visite, puis confirmez.</translation>
    </message>
    <message>
        <source>The X-ray is not imported: %1</source>
        <translation>La radiographie n’est pas importée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DocumentsSection</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The patient&apos;s documents, newest first. Enter opens one.</source>
        <translation>Les documents du patient, du plus récent au plus ancien. Entrée en ouvre un.</translation>
    </message>
    <message>
        <source>e.g. referral, lab report</source>
        <translation>p. ex. lettre d&apos;adressage, compte rendu de laboratoire</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Type de document&#xa0;:</translation>
    </message>
    <message>
        <source>Add a PDF or an image to the patient&apos;s documents</source>
        <translation>Ajouter un PDF ou une image aux documents du patient</translation>
    </message>
    <message>
        <source>The documents cannot be read: %1</source>
        <translation>Impossible de lire les documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation>PDF et images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The document was not added: the file is larger than %1 MB.</source>
        <translation>Le document n&apos;a pas été ajouté&#xa0;: le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document was not added: %1</source>
        <translation>Le document n&apos;a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le document&#xa0;: %1</translation>
    </message>
    <message>
        <source>No program opens %1 here; use Save a copy instead.</source>
        <translation>Aucun programme ne peut ouvrir %1 ici&#xa0;; utilisez plutôt Enregistrer une copie.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>The document was not saved: %1</source>
        <translation>Le document n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The document was not deleted: %1</source>
        <translation>Le document n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
</context>
<context>
    <name>chairside::ui::FrontDeskView</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double bookings to resolve</source>
        <translation>Doubles réservations à résoudre</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>Fauteuil %1</translation>
    </message>
    <message>
        <source>Dentist %1</source>
        <translation>Dentiste %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>%1 is booked twice: %2 and %3</source>
        <translation>%1 est réservé deux fois&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>Double bookings from stations that were apart (%1): move or cancel one of each pair.</source>
        <translation>Doubles réservations venant de postes qui étaient déconnectés (%1)&#xa0;: déplacez ou annulez l&apos;un des rendez-vous de chaque paire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s), %2 waiting, %3 in the chair</source>
        <translation>
            <numerusform>%1 — %n rendez-vous, %2 en attente, %3 au fauteuil</numerusform>
            <numerusform>%1 — %n rendez-vous, %2 en attente, %3 au fauteuil</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an appointment first.</source>
        <translation>Sélectionnez d&apos;abord un rendez-vous.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::InventoryView</name>
    <message>
        <source>Filter materials</source>
        <translation>Filtrer les fournitures</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (supplier, patient, reason)</source>
        <translation>Note (fournisseur, patient, motif)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Reçu</translation>
    </message>
    <message>
        <source>&amp;Used</source>
        <translation>&amp;Utilisé</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>Exporter les fournitures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stock for the selected material:</source>
        <translation>Stock de la fourniture sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Select a material first.</source>
        <translation>Sélectionnez d&apos;abord une fourniture.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: received %2.</source>
        <translation>%1&#xa0;: %2 reçu(s).</translation>
    </message>
    <message>
        <source>%1: used %2.</source>
        <translation>%1&#xa0;: %2 utilisé(s).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n material(s) to %1.</source>
        <translation>
            <numerusform>%n fourniture exportée vers %1.</numerusform>
            <numerusform>%n fournitures exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::LoginDialog</name>
    <message>
        <source>Sign in to Chairside</source>
        <translation>Connexion à Chairside</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@clinic.example</source>
        <translation>nom@cabinet.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>API server status</source>
        <translation>État du serveur d&apos;API</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Search by name, phone, email or date of birth (Ctrl+F)</source>
        <translation>Rechercher par nom, téléphone, e-mail ou date de naissance (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient</source>
        <translation>&amp;Modifier le patient</translation>
    </message>
    <message>
        <source>Edit the selected patient (F2)</source>
        <translation>Modifier le patient sélectionné (F2)</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>The selected patient&apos;s chart (Enter or double-click)</source>
        <translation>Le dossier du patient sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Select a patient in the list first.</source>
        <translation>Sélectionnez d&apos;abord un patient dans la liste.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Annulation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>API not running: %1</source>
        <translation>API arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>API not running</source>
        <translation>API arrêtée</translation>
    </message>
    <message>
        <source>Import &amp;DICOM…</source>
        <translation>Importer &amp;DICOM…</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray into a patient&apos;s visit (Ctrl+Shift+I)</source>
        <translation>Importer une radiographie DICOM dans une visite d’un patient (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>Importer une radiographie DICOM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>Export &amp;patients…</source>
        <translation>Exporter les &amp;patients…</translation>
    </message>
    <message>
        <source>Export &amp;appointments…</source>
        <translation>Exporter les &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Export &amp;materials…</source>
        <translation>Exporter le &amp;matériel…</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Exporter les patients</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Exporter les rendez-vous</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>Exporter le matériel</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;subscriptions…</source>
        <translation>A&amp;bonnements d&apos;agenda…</translation>
    </message>
</context>
<context>
    <name>chairside::ui::MaterialTableModel</name>
    <message>
        <source>At or below the reorder level: time to order more.</source>
        <translation>Au seuil de réapprovisionnement ou en dessous&#xa0;: il est temps de commander.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Fourniture</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Commander à</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>chairside::ui::NotificationsView</name>
    <message>
        <source>&amp;Mark read</source>
        <translation>&amp;Marquer comme lu</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Search a patient by name, phone or email</source>
        <translation>Rechercher un patient par nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Patient whose messages are shown</source>
        <translation>Patient dont les messages sont affichés</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>The selected message</source>
        <translation>Le message sélectionné</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>Recharger les messages</translation>
    </message>
    <message>
        <source>The patients cannot be searched: %1</source>
        <translation>Impossible de rechercher les patients&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (né(e) le %2)</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>Impossible de lire le patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>The messages cannot be read: %1</source>
        <translation>Impossible de lire les messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 messages; filter by state or patient to find older ones.</source>
        <translation>Affichage des %1 messages les plus récents&#xa0;; filtrez par état ou par patient pour trouver les plus anciens.</translation>
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
        <translation>Non lu</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message was not marked read: %1</source>
        <translation>Le message n&apos;a pas été marqué comme lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message marked read.</source>
        <translation>Message marqué comme lu.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientForm</name>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Medical history:</source>
        <translation>Antécédents &amp;médicaux&#xa0;:</translation>
    </message>
    <message>
        <source>Medi&amp;cations:</source>
        <translation>Traite&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency &amp;contact:</source>
        <translation>&amp;Contact d&apos;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone:</source>
        <translation>Télép&amp;hone d&apos;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>&amp;Mutuelle / assureur&#xa0;:</translation>
    </message>
    <message>
        <source>Insurance &amp;number:</source>
        <translation>N° d&apos;ass&amp;uré&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportDialog</name>
    <message>
        <source>Leave out &amp;duplicates</source>
        <translation>Ignorer les &amp;doublons</translation>
    </message>
    <message>
        <source>Leave out rows with &amp;problems</source>
        <translation>Ignorer les lignes avec des &amp;problèmes</translation>
    </message>
    <message>
        <source>Show &amp;only duplicates and problems</source>
        <translation>Afficher &amp;uniquement doublons et problèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>A CSV file: one patient per line, the first line naming the columns</source>
        <translation>Un fichier CSV&#xa0;: un patient par ligne, la première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colo&amp;nnes&#xa0;:</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Selon le fichier</translation>
    </message>
    <message>
        <source>Day first (31/12/1980)</source>
        <translation>Jour d&apos;abord (31/12/1980)</translation>
    </message>
    <message>
        <source>Month first (12/31/1980)</source>
        <translation>Mois d&apos;abord (12/31/1980)</translation>
    </message>
    <message>
        <source>Dates like 03/04/1980 &amp;are:</source>
        <translation>Les dates comme 03/04/1980 &amp;sont&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>A&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Column %1 is imported as</source>
        <translation>La colonne %1 est importée comme</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 with problems.</source>
        <translation>%1 lignes&#xa0;: %2 prêtes, %3 doublons, %4 avec problèmes.</translation>
    </message>
    <message>
        <source>The file holds no patients.</source>
        <translation>Le fichier ne contient aucun patient.</translation>
    </message>
    <message>
        <source>No row is ready to import.</source>
        <translation>Aucune ligne n&apos;est prête à être importée.</translation>
    </message>
    <message>
        <source>Correct the rows marked in the file, or leave them out, to import; the import is all or nothing.</source>
        <translation>Corrigez les lignes marquées dans le fichier, ou ignorez-les, pour importer&#xa0;; l&apos;import se fait en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Import des patients</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Arrêté&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s).</source>
        <translation>
            <numerusform>%n patient importé.</numerusform>
            <numerusform>%n patients importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportModel</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>No email reminders</source>
        <translation>Pas de rappels par e-mail</translation>
    </message>
    <message>
        <source>No text reminders</source>
        <translation>Pas de rappels par SMS</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same insurance number</source>
        <translation>même numéro d&apos;assurance</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>même nom et date de naissance</translation>
    </message>
    <message>
        <source>Same as line %1: %2 (%3)</source>
        <translation>Comme la ligne %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Already a patient: %1 (%2)</source>
        <translation>Déjà patient&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
(ignorée)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrescriptionsSection</name>
    <message>
        <source>Prescriptions</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescrite le</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>New prescription</source>
        <translation>Nouvelle ordonnance</translation>
    </message>
    <message>
        <source>The patient&apos;s prescriptions, newest first, each with its medications.</source>
        <translation>Les ordonnances du patient, de la plus récente à la plus ancienne, avec leurs médicaments.</translation>
    </message>
    <message>
        <source>Selected prescription</source>
        <translation>Ordonnance sélectionnée</translation>
    </message>
    <message>
        <source>General instructions (optional)</source>
        <translation>Instructions générales (facultatif)</translation>
    </message>
    <message>
        <source>Medications of the new prescription</source>
        <translation>Médicaments de la nouvelle ordonnance</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Medica&amp;tions:</source>
        <translation>Médica&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>Ajouter un m&amp;édicament</translation>
    </message>
    <message>
        <source>R&amp;emove medication</source>
        <translation>&amp;Retirer le médicament</translation>
    </message>
    <message>
        <source>&amp;Save prescription</source>
        <translation>&amp;Enregistrer l&apos;ordonnance</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions&#xa0;:</translation>
    </message>
    <message>
        <source>The prescriptions cannot be read: %1</source>
        <translation>Impossible de lire les ordonnances&#xa0;: %1</translation>
    </message>
    <message>
        <source>No prescriptions yet.</source>
        <translation>Aucune ordonnance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select a prescription.</source>
        <translation>Sélectionnez une ordonnance.</translation>
    </message>
    <message>
        <source>Prescribed %1 by %2</source>
        <translation>Prescrite le %1 par %2</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Instructions&#xa0;: %1</translation>
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
        <translation>quantité %1</translation>
    </message>
    <message>
        <source>The prescription was not saved: %1</source>
        <translation>L&apos;ordonnance n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prescription saved.</source>
        <translation>Ordonnance enregistrée.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrintActions</name>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>Print the selected invoice</source>
        <translation>Imprimer la facture sélectionnée</translation>
    </message>
    <message>
        <source>Print the selected prescription</source>
        <translation>Imprimer l&apos;ordonnance sélectionnée</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF file</source>
        <translation>Enregistrer la facture sélectionnée en PDF</translation>
    </message>
    <message>
        <source>Save the selected prescription as a PDF file</source>
        <translation>Enregistrer l&apos;ordonnance sélectionnée en PDF</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté les pages.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>Imprimer la facture</translation>
    </message>
    <message>
        <source>Print prescription</source>
        <translation>Imprimer l&apos;ordonnance</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::StationsTab</name>
    <message>
        <source>This station: %1 (site %2)</source>
        <translation>Ce poste&#xa0;: %1 (site %2)</translation>
    </message>
    <message>
        <source>This station&apos;s API speaks plain HTTP: it shows no certificate to pin.</source>
        <translation>L&apos;API de ce poste utilise HTTP sans chiffrement&#xa0;: elle ne présente aucun certificat à épingler.</translation>
    </message>
    <message>
        <source>Its certificate fingerprint (SHA-256), for the other station&apos;s admin to compare:
%1</source>
        <translation>Empreinte de son certificat (SHA-256), à comparer par l&apos;administrateur de l&apos;autre poste&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Show pairing &amp;code</source>
        <translation>Afficher le &amp;code d&apos;appairage</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8000</source>
        <translation>https://192.168.1.20:8000</translation>
    </message>
    <message>
        <source>the code the other station shows</source>
        <translation>le code affiché par l&apos;autre poste</translation>
    </message>
    <message>
        <source>optional: leave empty to trust the certificate it shows now</source>
        <translation>facultatif&#xa0;: laisser vide pour faire confiance au certificat qu&apos;il présente maintenant</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Appairer</translation>
    </message>
    <message>
        <source>Stations on the network, not paired</source>
        <translation>Postes du réseau, non appairés</translation>
    </message>
    <message>
        <source>Pair &amp;with this one</source>
        <translation>Appairer &amp;avec celui-ci</translation>
    </message>
    <message>
        <source>Paired stations</source>
        <translation>Postes appairés</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>U&amp;npair selected</source>
        <translation>&amp;Désappairer la sélection</translation>
    </message>
    <message>
        <source>Other station&apos;s address:</source>
        <translation>Adresse de l&apos;autre poste&#xa0;:</translation>
    </message>
    <message>
        <source>Its pairing code:</source>
        <translation>Son code d&apos;appairage&#xa0;:</translation>
    </message>
    <message>
        <source>Its certificate fingerprint:</source>
        <translation>Empreinte de son certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Stations on the network, not paired yet:</source>
        <translation>Postes du réseau, pas encore appairés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>(none heard; type the other station&apos;s address below)</source>
        <translation>(aucun détecté&#xa0;; saisissez l&apos;adresse de l&apos;autre poste ci-dessous)</translation>
    </message>
    <message>
        <source>(it syncs with this station)</source>
        <translation>(il se synchronise avec ce poste)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Choose a station in the list of stations on the network first.</source>
        <translation>Choisissez d&apos;abord un poste dans la liste des postes du réseau.</translation>
    </message>
    <message>
        <source>Type %1 on the other station (valid until %2).</source>
        <translation>Saisissez %1 sur l&apos;autre poste (valable jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>Paired with %1. Sync starts within a second.</source>
        <translation>Appairé avec %1. La synchronisation démarre dans la seconde.</translation>
    </message>
    <message>
        <source>Select a station in the list first.</source>
        <translation>Sélectionnez d&apos;abord un poste dans la liste.</translation>
    </message>
    <message>
        <source>%1 is no longer paired; neither station accepts the other&apos;s calls now.</source>
        <translation>%1 n&apos;est plus appairé&#xa0;; aucun des deux postes n&apos;accepte plus les appels de l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::SyncStatusLabel</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync: no other stations paired</source>
        <translation>Synchro&#xa0;: aucun autre poste appairé</translation>
    </message>
    <message>
        <source>Pair stations in Admin › Stations.</source>
        <translation>Appairez des postes dans Administration › Postes.</translation>
    </message>
    <message>
        <source> — synced %1</source>
        <translation> — synchronisé %1</translation>
    </message>
    <message>
        <source> — in touch %1</source>
        <translation> — en contact %1</translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation> — pas encore joint</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <source>, clock %1 s off</source>
        <translation>, horloge décalée de %1 s</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 min off</source>
        <translation>L&apos;horloge de %1 est décalée de %2 min</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 stations in reach</source>
        <translation>Synchro&#xa0;: %1 poste(s) joignable(s) sur %2</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · dernière %1</translation>
    </message>
    <message>
        <source> · not synced yet</source>
        <translation> · pas encore synchronisé</translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation> · %1 modification(s) en attente</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayView</name>
    <message>
        <source>Annotation %1 is not a valid text, arrow or distance.</source>
        <translation>L&apos;annotation %1 n&apos;est pas un texte, une flèche ou une distance valide.</translation>
    </message>
    <message>
        <source>X-ray image</source>
        <translation>Image radiographique</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>&amp;Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>&amp;Rotate clockwise</source>
        <translation>&amp;Pivoter dans le sens horaire</translation>
    </message>
    <message>
        <source>Rotate &amp;counter-clockwise</source>
        <translation>Pivoter dans le sens &amp;antihoraire</translation>
    </message>
    <message>
        <source>Flip &amp;horizontally</source>
        <translation>Retourner &amp;horizontalement</translation>
    </message>
    <message>
        <source>Flip &amp;vertically</source>
        <translation>Retourner &amp;verticalement</translation>
    </message>
    <message>
        <source>Next &amp;window preset</source>
        <translation>&amp;Préréglage de fenêtrage suivant</translation>
    </message>
    <message>
        <source>A&amp;uto window</source>
        <translation>Fenêtrage a&amp;utomatique</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenêtrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>&amp;Mesurer une distance</translation>
    </message>
    <message>
        <source>Add &amp;arrow</source>
        <translation>Ajouter une &amp;flèche</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Ajouter un te&amp;xte</translation>
    </message>
    <message>
        <source>Stop measuring or annotating</source>
        <translation>Arrêter la mesure ou l&apos;annotation</translation>
    </message>
    <message>
        <source>&amp;Calibrate with the last measurement…</source>
        <translation>&amp;Calibrer avec la dernière mesure…</translation>
    </message>
    <message>
        <source>Tag &amp;teeth (FDI)…</source>
        <translation>Marquer les &amp;dents (FDI)…</translation>
    </message>
    <message>
        <source>Remove the last mark</source>
        <translation>Supprimer la dernière marque</translation>
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
        <translation>Calibrer</translation>
    </message>
    <message>
        <source>Known length of the last measured line (%1), in mm:</source>
        <translation>Longueur connue de la dernière ligne mesurée (%1), en mm&#xa0;:</translation>
    </message>
    <message>
        <source>Tag teeth</source>
        <translation>Marquer les dents</translation>
    </message>
    <message>
        <source>FDI tooth numbers on this image, separated by commas (e.g. 36, 37):</source>
        <translation>Numéros FDI des dents sur cette image, séparés par des virgules (p. ex. 36, 37)&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are not FDI tooth numbers (11-48, 51-85); the tags were not changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne sont pas des numéros de dents FDI (11-48, 51-85)&#xa0;; les marquages n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Window centre %1, width %2; zoom %3%</source>
        <translation>Centre de fenêtre %1, largeur %2&#xa0;; zoom %3 %</translation>
    </message>
    <message>
        <source>W %1  C %2  %3%</source>
        <translation>L %1  C %2  %3 %</translation>
    </message>
    <message>
        <source>  %1 mm/px</source>
        <translation>  %1 mm/px</translation>
    </message>
    <message>
        <source>Teeth %1</source>
        <translation>Dents %1</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>Du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>Automatique (histogramme)</translation>
    </message>
    <message>
        <source>%1 px · %2 mm (calibrated by the file)</source>
        <translation>%1 px · %2 mm (étalonné par le fichier)</translation>
    </message>
    <message>
        <source>  %1 mm/px, calibrated by the file</source>
        <translation>  %1 mm/px, étalonné par le fichier</translation>
    </message>
    <message>
        <source>  uncalibrated (px only)</source>
        <translation>  non étalonné (px seulement)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayWindow</name>
    <message>
        <source>X-ray</source>
        <translation>Radiographie</translation>
    </message>
    <message>
        <source>Earlier image to compare with</source>
        <translation>Image antérieure à comparer</translation>
    </message>
    <message>
        <source>Earlier X-ray image</source>
        <translation>Radiographie antérieure</translation>
    </message>
    <message>
        <source>Marks made on the earlier image are not saved.</source>
        <translation>Les marques faites sur l&apos;image antérieure ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>X-ray tools</source>
        <translation>Outils de radiographie</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier image</source>
        <translation>&amp;Comparer avec une image antérieure</translation>
    </message>
    <message>
        <source>Teeth on this image</source>
        <translation>Dents sur cette image</translation>
    </message>
    <message>
        <source>Saving state of the marks</source>
        <translation>État d&apos;enregistrement des marques</translation>
    </message>
    <message>
        <source>The marks on the image shown could not be saved, so it stays open.</source>
        <translation>Les marques de l&apos;image affichée n&apos;ont pas pu être enregistrées&#xa0;; elle reste donc ouverte.</translation>
    </message>
    <message>
        <source>X-ray — %1</source>
        <translation>Radiographie — %1</translation>
    </message>
    <message>
        <source>The saved marks of this image are damaged and not shown: %1</source>
        <translation>Les marques enregistrées de cette image sont endommagées et ne sont pas affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marks you make on this image are not saved.</source>
        <translation>Les marques que vous faites sur cette image ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Saving marks…</source>
        <translation>Enregistrement des marques…</translation>
    </message>
    <message>
        <source>The marks are not saved: %1</source>
        <translation>Les marques ne sont pas enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marks saved.</source>
        <translation>Marques enregistrées.</translation>
    </message>
    <message>
        <source>The earlier images cannot be read: %1</source>
        <translation>Impossible de lire les images antérieures&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, teeth %2</source>
        <translation>%1, dents %2</translation>
    </message>
    <message>
        <source>No earlier image of these teeth</source>
        <translation>Aucune image antérieure de ces dents</translation>
    </message>
    <message>
        <source>The earlier image cannot be read: %1</source>
        <translation>Impossible de lire l&apos;image antérieure&#xa0;: %1</translation>
    </message>
    <message>
        <source>The earlier image cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher l&apos;image antérieure&#xa0;: %1</translation>
    </message>
    <message>
        <source>No teeth tagged</source>
        <translation>Aucune dent marquée</translation>
    </message>
    <message>
        <source>Teeth (FDI): %1</source>
        <translation>Dents (FDI)&#xa0;: %1</translation>
    </message>
    <message>
        <source>E&amp;xport image…</source>
        <translation>E&amp;xporter l’image…</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Préréglage de fenêtrage</translation>
    </message>
    <message>
        <source>Window preset (W: next)</source>
        <translation>Préréglage de fenêtrage (W&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>fenêtre %1</translation>
    </message>
    <message>
        <source>Export the image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>The image is not exported: %1</source>
        <translation>L’image n’est pas exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportée vers %1.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Il n’y a aucune image à exporter.</translation>
    </message>
    <message>
        <source>Turn Invert off before exporting as DICOM: the file would show it the other way round.</source>
        <translation>Désactivez l’inversion avant d’exporter en DICOM&#xa0;: le fichier l’afficherait à l’envers.</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Tel qu’exporté</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>DICOM (*.dcm)</source>
        <translation>DICOM (*.dcm)</translation>
    </message>
</context>
</TS>
