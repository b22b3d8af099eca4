"""Translations of the dialogs around the pages: importing a spreadsheet, backups, the welcome
page and the ways in (demo, set-up, another file, the shared server), who is working, staff and
roles, a customer's data on request, and a database already open elsewhere."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    # -- Importing a spreadsheet ---------------------------------------------------------
    ("ImportKind", "Import a waitlist"): (
        "Warteliste importieren", "Importer une liste d’attente"
    ),
    ("ImportKind", "Import a dealer list"): (
        "Händlerliste importieren", "Importer une liste de concessionnaires"
    ),
    ("ImportKind", "Import order statuses"): (
        "Bestellstatus importieren", "Importer les états de commande"
    ),
    ("ImportDialog", "(not in the file)"): ("(nicht in der Datei)", "(absent du fichier)"),
    ("ImportDialog", "{title}: {file}"): ("{title}: {file}", "{title} : {file}"),
    ("ImportDialog", "Reading {file}…"): ("{file} wird gelesen…", "Lecture de {file}…"),
    ("ImportDialog", "Columns"): ("Spalten", "Colonnes"),
    ("ImportDialog", "Row"): ("Zeile", "Ligne"),
    ("ImportDialog", "Field"): ("Feld", "Champ"),
    ("ImportDialog", "Problem"): ("Problem", "Problème"),
    ("ImportDialog", "Problems"): ("Probleme", "Problèmes"),
    ("ImportDialog", "Merge"): ("Zusammenführen", "Fusionner"),
    ("ImportDialog", "In the file"): ("In der Datei", "Dans le fichier"),
    ("ImportDialog", "Already known as"): ("Bereits bekannt als", "Déjà connu sous le nom"),
    ("ImportDialog", "Because"): ("Grund", "Motif"),
    ("ImportDialog", "Known customers"): ("Bekannte Kunden", "Clients connus"),
    ("ImportDialog", "Notes"): ("Hinweise", "Remarques"),
    ("ImportDialog", "Import all rows"): ("Alle Zeilen importieren", "Importer toutes les lignes"),
    ("ImportDialog", "Import valid rows only"): (
        "Nur gültige Zeilen importieren", "Importer uniquement les lignes valides"
    ),
    ("ImportDialog", "Check again"): ("Erneut prüfen", "Vérifier à nouveau"),
    ("ImportDialog", "(column {number})"): ("(Spalte {number})", "(colonne {number})"),
    ("ImportDialog", "Checking {count} rows…"): (
        "{count} Zeilen werden geprüft…", "Vérification de {count} lignes…"
    ),
    ("ImportDialog", "<b>{valid}</b> of {rows} rows are ready to import; <b>{bad}</b> have "
     "problems (see Problems). Nothing is written until you import."): (
        "<b>{valid}</b> von {rows} Zeilen sind bereit zum Import; <b>{bad}</b> haben Probleme "
        "(siehe Probleme). Geschrieben wird erst, wenn Sie importieren.",
        "<b>{valid}</b> lignes sur {rows} sont prêtes à être importées ; <b>{bad}</b> présentent "
        "des problèmes (voir Problèmes). Rien n’est écrit avant que vous importiez.",
    ),
    ("ImportDialog", "<b>{valid}</b> of {rows} rows are ready to import. "
     "Nothing is written until you import."): (
        "<b>{valid}</b> von {rows} Zeilen sind bereit zum Import. "
        "Geschrieben wird erst, wenn Sie importieren.",
        "<b>{valid}</b> lignes sur {rows} sont prêtes à être importées. "
        "Rien n’est écrit avant que vous importiez.",
    ),
    ("ImportDialog", "The workbook also sets up what this database lacks:"): (
        "Die Arbeitsmappe legt außerdem an, was dieser Datenbank fehlt:",
        "Le classeur crée aussi ce qui manque à cette base de données :",
    ),
    ("ImportDialog", "Problems ({count})"): ("Probleme ({count})", "Problèmes ({count})"),
    ("ImportDialog", "merge"): ("zusammenführen", "fusionner"),
    ("ImportDialog", "{name} (customer {number})"): (
        "{name} (Kunde {number})", "{name} (client {number})"
    ),
    ("ImportDialog", "Known customers ({count})"): (
        "Bekannte Kunden ({count})", "Clients connus ({count})"
    ),
    ("ImportDialog", "Nothing to note."): ("Keine Hinweise.", "Aucune remarque."),
    # -- Backups -------------------------------------------------------------------------
    ("BackupKeeper", "Backing up"): ("Sicherung wird erstellt", "Sauvegarde en cours"),
    ("BackupKeeper", "Restoring {file}"): (
        "{file} wird wiederhergestellt", "Restauration de {file}"
    ),
    ("BackupsDialog", "Backups"): ("Sicherungen", "Sauvegardes"),
    ("BackupsDialog", "Backups of <b>{file}</b> in {folder}. dealerapp backs up before every "
     "memo apply or revert, import and restore, and every 30 minutes while something changes; "
     "it keeps today's, then one a day for 12 days, one a week for 10 weeks and one a month "
     "for 9 months."): (
        "Sicherungen von <b>{file}</b> in {folder}. dealerapp sichert vor jedem Anwenden oder "
        "Zurücknehmen einer Mitteilung, vor jedem Import und jeder Wiederherstellung sowie alle "
        "30 Minuten, solange sich etwas ändert; aufbewahrt werden die von heute, dann eine pro "
        "Tag für 12 Tage, eine pro Woche für 10 Wochen und eine pro Monat für 9 Monate.",
        "Sauvegardes de <b>{file}</b> dans {folder}. dealerapp fait une sauvegarde avant chaque "
        "application ou annulation d’une note, chaque importation et chaque restauration, ainsi "
        "que toutes les 30 minutes tant que quelque chose change ; il conserve celles du jour, "
        "puis une par jour pendant 12 jours, une par semaine pendant 10 semaines et une par mois "
        "pendant 9 mois.",
    ),
    ("BackupsDialog", "Taken"): ("Erstellt", "Date"),
    ("BackupsDialog", "Why"): ("Anlass", "Motif"),
    ("BackupsDialog", "Size"): ("Größe", "Taille"),
    ("BackupsDialog", "Back up now"): ("Jetzt sichern", "Sauvegarder maintenant"),
    ("BackupsDialog", "Restore…"): ("Wiederherstellen…", "Restaurer…"),
    ("BackupsDialog", "Open the folder"): ("Ordner öffnen", "Ouvrir le dossier"),
    ("BackupsDialog", "{size} MB"): ("{size} MB", "{size} Mo"),
    ("BackupsDialog", "Restore this backup?"): (
        "Diese Sicherung wiederherstellen?", "Restaurer cette sauvegarde ?"
    ),
    ("BackupsDialog", "Replace everything in the database with the backup taken {date} at "
     "{time}?\n\nThe database as it is now is kept as a backup first, so this can be undone by "
     "restoring that one."): (
        "Den gesamten Inhalt der Datenbank durch die Sicherung vom {date} um {time} ersetzen?"
        "\n\nDer jetzige Stand der Datenbank wird vorher gesichert; wenn Sie diese Sicherung "
        "wiederherstellen, ist der Schritt rückgängig gemacht.",
        "Remplacer tout le contenu de la base de données par la sauvegarde du {date} à {time} ?"
        "\n\nL’état actuel de la base de données est d’abord sauvegardé : vous pourrez annuler "
        "cette opération en restaurant cette sauvegarde-là.",
    ),
    # -- The welcome page and the ways in ------------------------------------------------
    ("WelcomePage", "Welcome to dealerapp"): (
        "Willkommen bei dealerapp", "Bienvenue dans dealerapp"
    ),
    ("WelcomePage", "Allocations, waitlists and customer letters for a car there is not enough "
     "of. This database is empty. How would you like to start?"): (
        "Kontingente, Wartelisten und Kundenbriefe für ein Auto, von dem es nicht genug gibt. "
        "Diese Datenbank ist leer. Wie möchten Sie beginnen?",
        "Attributions, listes d’attente et lettres aux clients pour une voiture dont il n’y a "
        "pas assez. Cette base de données est vide. Comment souhaitez-vous commencer ?",
    ),
    ("WelcomePage", "Set up my dealership"): (
        "Mein Autohaus einrichten", "Configurer ma concession"
    ),
    ("WelcomePage", "Your dealership, the car you sell by allocation, its units and your "
     "customers, in four short steps. Each can be finished later from the Setup page."): (
        "Ihr Autohaus, das Auto, das Sie nach Kontingent verkaufen, seine Fahrzeuge und Ihre "
        "Kunden, in vier kurzen Schritten. Jeden können Sie später auf der Seite „Einrichtung“ "
        "abschließen.",
        "Votre concession, la voiture que vous vendez sur attribution, ses véhicules et vos "
        "clients, en quatre étapes courtes. Chacune peut être terminée plus tard depuis la page "
        "« Configuration ».",
    ),
    ("WelcomePage", "Try the demo"): ("Demo ausprobieren", "Essayer la démonstration"),
    ("WelcomePage", "The story of the BMW 1M allocation: 9 markets, 31 dealers and about 500 "
     "customers, to see dealerapp at work. Your own data can replace it later."): (
        "Die Geschichte der Zuteilung des BMW 1M: 9 Märkte, 31 Händler und rund 500 Kunden, "
        "um dealerapp bei der Arbeit zu sehen. Ihre eigenen Daten können sie später ersetzen.",
        "L’histoire de l’attribution de la BMW 1M : 9 marchés, 31 concessionnaires et environ "
        "500 clients, pour voir dealerapp à l’œuvre. Vos propres données pourront la remplacer "
        "plus tard.",
    ),
    ("WelcomePage", "Open a database file…"): (
        "Datenbankdatei öffnen…", "Ouvrir un fichier de base de données…"
    ),
    ("WelcomePage", "A dealerapp file from another desk, or a copy from the backups folder."): (
        "Eine dealerapp-Datei von einem anderen Arbeitsplatz oder eine Kopie aus dem "
        "Sicherungsordner.",
        "Un fichier dealerapp d’un autre poste, ou une copie du dossier des sauvegardes.",
    ),
    ("WelcomePage", "Connect to a shared server…"): (
        "Mit einem gemeinsamen Server verbinden…", "Se connecter à un serveur partagé…"
    ),
    ("WelcomePage", "Your dealer group's PostgreSQL server, where several desks share one "
     "database. The connection is tried before it is kept."): (
        "Der PostgreSQL-Server Ihrer Händlergruppe, über den sich mehrere Arbeitsplätze eine "
        "Datenbank teilen. Die Verbindung wird geprüft, bevor sie übernommen wird.",
        "Le serveur PostgreSQL de votre groupe de concessionnaires, où plusieurs postes "
        "partagent une base de données. La connexion est testée avant d’être conservée.",
    ),
    ("StartChoices", "dealerapp databases (*.sqlite3 *.sqlite *.db);;All files (*)"): (
        "dealerapp-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)",
        "Bases de données dealerapp (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)",
    ),
    ("StartChoices", "Demo data loaded: {count} waitlist entries"): (
        "Demodaten geladen: {count} Einträge auf Wartelisten",
        "Données de démonstration chargées : {count} réservations en liste d’attente",
    ),
    ("StartChoices", "Loading the demo data"): (
        "Demodaten werden geladen", "Chargement des données de démonstration"
    ),
    ("StartChoices", "Replace all data?"): (
        "Alle Daten ersetzen?", "Remplacer toutes les données ?"
    ),
    ("StartChoices", "This database already holds data. Loading the demo data deletes every "
     "dealer, customer, entry and memo in it first.\n\nReplace everything with the demo?"): (
        "Diese Datenbank enthält bereits Daten. Beim Laden der Demodaten werden zuerst alle "
        "Händler, Kunden, Einträge und Mitteilungen darin gelöscht.\n\n"
        "Alles durch die Demo ersetzen?",
        "Cette base de données contient déjà des données. Le chargement des données de "
        "démonstration supprime d’abord tous les concessionnaires, clients, réservations et "
        "notes qu’elle contient.\n\nTout remplacer par la démonstration ?",
    ),
    ("StartChoices", "Setup"): ("Einrichtung", "Configuration"),
    ("StartChoices", "Open a dealerapp database"): (
        "dealerapp-Datenbank öffnen", "Ouvrir une base de données dealerapp"
    ),
    # -- The shared server ---------------------------------------------------------------
    ("ConnectDialog", "Connect to a shared server"): (
        "Mit einem gemeinsamen Server verbinden", "Se connecter à un serveur partagé"
    ),
    ("ConnectDialog", "The address of your dealer group's PostgreSQL database, as your "
     "administrator gave it, e.g. <tt>{example}</tt>. dealerapp tries it before keeping it."): (
        "Die Adresse der PostgreSQL-Datenbank Ihrer Händlergruppe, wie Ihr Administrator sie "
        "Ihnen genannt hat, z. B. <tt>{example}</tt>. dealerapp prüft sie, bevor sie übernommen "
        "wird.",
        "L’adresse de la base de données PostgreSQL de votre groupe de concessionnaires, telle "
        "que votre administrateur vous l’a indiquée, par ex. <tt>{example}</tt>. dealerapp la "
        "teste avant de la conserver.",
    ),
    ("ConnectDialog", "Try the connection"): ("Verbindung testen", "Tester la connexion"),
    ("ConnectDialog", "Connect"): ("Verbinden", "Se connecter"),
    ("ConnectDialog", "Trying…"): ("Wird getestet…", "Test en cours…"),
    ("ConnectDialog", "Trying the server"): ("Server wird getestet", "Test du serveur"),
    # -- Who is working, staff and roles -------------------------------------------------
    ("WhoDialog", "Who is working?"): ("Wer arbeitet gerade?", "Qui travaille ?"),
    ("WhoDialog", "Choose your name. The audit log records it with every change."): (
        "Wählen Sie Ihren Namen. Das Protokoll vermerkt ihn bei jeder Änderung.",
        "Choisissez votre nom. Le journal l’enregistre à chaque modification.",
    ),
    ("StaffDialog", "the daily waitlist work, letters, imports"): (
        "die tägliche Arbeit an der Warteliste, Briefe, Importe",
        "le travail quotidien sur la liste d’attente, les lettres, les importations",
    ),
    ("StaffDialog", "also memos, allocation cuts and transfers, letter templates"): (
        "zusätzlich Mitteilungen, Kürzungen und Übertragungen von Kontingenten, Briefvorlagen",
        "en plus les notes, les retraits et transferts d’attributions, les modèles de lettres",
    ),
    ("StaffDialog", "also the staff list"): (
        "zusätzlich die Mitarbeiterliste", "en plus la liste de l’équipe"
    ),
    ("StaffDialog", "Staff and roles"): ("Mitarbeiter und Rollen", "Équipe et rôles"),
    ("StaffDialog", "Once someone is on this list, applying or reverting memos, cutting or "
     "transferring allocations and editing letter templates need a manager, and this list an "
     "admin. The first person added must be an admin."): (
        "Sobald jemand auf dieser Liste steht, erfordern das Anwenden oder Zurücknehmen von "
        "Mitteilungen, das Kürzen oder Übertragen von Kontingenten und das Bearbeiten von "
        "Briefvorlagen einen Manager, und diese Liste einen Administrator. Die erste "
        "eingetragene Person muss Administrator sein.",
        "Dès qu’une personne figure sur cette liste, appliquer ou annuler des notes, retirer ou "
        "transférer des attributions et modifier les modèles de lettres exigent un responsable, "
        "et cette liste un administrateur. La première personne ajoutée doit être "
        "administrateur.",
    ),
    ("StaffDialog", "Login"): ("Anmeldename", "Identifiant"),
    ("StaffDialog", "Name"): ("Name", "Nom"),
    ("StaffDialog", "Role"): ("Rolle", "Rôle"),
    ("StaffDialog", "Active"): ("Aktiv", "Actif"),
    ("StaffDialog", "their login (on the shared server: the database login)"): (
        "Anmeldename der Person (auf dem gemeinsamen Server: die Datenbankanmeldung)",
        "son identifiant (sur le serveur partagé : l’identifiant de la base de données)",
    ),
    ("StaffDialog", "may work here"): ("darf hier arbeiten", "peut travailler ici"),
    ("StaffDialog", "Save this person"): ("Diese Person speichern", "Enregistrer cette personne"),
    ("StaffDialog", "yes"): ("ja", "oui"),
    ("StaffDialog", "no"): ("nein", "non"),
    ("StaffDialog", "Saving the staff list"): (
        "Mitarbeiterliste wird gespeichert", "Enregistrement de la liste de l’équipe"
    ),
    # -- A customer's data on request ----------------------------------------------------
    ("CustomerPrivacy", "Export the data held about {name}"): (
        "Gespeicherte Daten über {name} exportieren",
        "Exporter les données conservées sur {name}",
    ),
    ("CustomerPrivacy", "Everything held about {name} is in {file}"): (
        "Alle über {name} gespeicherten Daten stehen in {file}",
        "Toutes les données conservées sur {name} sont dans {file}",
    ),
    ("CustomerPrivacy", "Exporting a customer's data"): (
        "Export der Daten eines Kunden", "Exportation des données d’un client"
    ),
    ("CustomerPrivacy", "Erase this customer's personal data?"): (
        "Personenbezogene Daten dieses Kunden löschen?",
        "Effacer les données personnelles de ce client ?",
    ),
    ("CustomerPrivacy", "{name}'s name, address, e-mail, phone, notes and letter copies will be "
     "replaced for good; their entries, deposits and the ledger stay.\n\n"
     "Why (e.g. 'asked by letter on 20 Nov')?"): (
        "Name, Anschrift, E-Mail, Telefon, Notizen und Briefkopien von {name} werden endgültig "
        "ersetzt; die Einträge, Anzahlungen und das Kontingentbuch bleiben erhalten.\n\n"
        "Warum (z. B. „per Brief vom 20. Nov. verlangt“)?",
        "Le nom, l’adresse, l’e-mail, le téléphone, les notes et les copies de lettres de {name} "
        "seront remplacés définitivement ; ses réservations, ses acomptes et le registre sont "
        "conservés.\n\nPourquoi (par ex. « demandé par lettre le 20 nov. ») ?",
    ),
    ("CustomerPrivacy", "Erase"): ("Löschen", "Effacer"),
    ("CustomerPrivacy", "A reason is required; nothing was changed."): (
        "Ein Grund ist erforderlich; es wurde nichts geändert.",
        "Un motif est obligatoire ; rien n’a été modifié.",
    ),
    ("CustomerPrivacy", "{name} is now '{placeholder}'"): (
        "{name} heißt jetzt „{placeholder}“", "{name} s’appelle désormais « {placeholder} »"
    ),
    ("CustomerPrivacy", "Erasing customer {number}"): (
        "Kunde {number} wird gelöscht", "Effacement du client {number}"
    ),
    ("CustomerPrivacy", "Erasing a customer"): ("Löschen eines Kunden", "Effacement d’un client"),
    # -- A database already open elsewhere -----------------------------------------------
    ("OpenMark", "This database is already open"): (
        "Diese Datenbank ist bereits geöffnet", "Cette base de données est déjà ouverte"
    ),
    ("OpenMark", "{holder}\n\nA second window works, but each shows the other's changes only "
     "after Refresh (F5). Open it here anyway?"): (
        "{holder}\n\nEin zweites Fenster funktioniert, aber jedes zeigt die Änderungen des "
        "anderen erst nach „Aktualisieren“ (F5). Trotzdem hier öffnen?",
        "{holder}\n\nUne seconde fenêtre fonctionne, mais chacune n’affiche les modifications "
        "de l’autre qu’après « Actualiser » (F5). L’ouvrir ici quand même ?",
    ),
    ("OpenMark", "dealerapp already has this database open on the computer “{host}” "
     "(process {pid})."): (
        "dealerapp hat diese Datenbank bereits auf dem Computer „{host}“ geöffnet "
        "(Prozess {pid}).",
        "dealerapp a déjà ouvert cette base de données sur l’ordinateur « {host} » "
        "(processus {pid}).",
    ),
    ("OpenMark", "dealerapp already has this database open on the computer “{host}” "
     "(process {pid}) since {since}."): (
        "dealerapp hat diese Datenbank seit {since} auf dem Computer „{host}“ geöffnet "
        "(Prozess {pid}).",
        "dealerapp a ouvert cette base de données sur l’ordinateur « {host} » depuis {since} "
        "(processus {pid}).",
    ),
}
