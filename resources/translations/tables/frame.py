"""Translations of the window's own messages: start, errors, export, read-only, undo, the
waitlist's questions."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("MainWindow", "Restored. The database it replaced is kept as {copy}"): (
        "Wiederhergestellt. Die ersetzte Datenbank ist aufbewahrt als {copy}",
        "Restauré. La base remplacée est conservée sous {copy}",
    ),
    ("MainWindow", "Spreadsheets (*.csv *.xlsx *.xls *.ods)"): (
        "Tabellen (*.csv *.xlsx *.xls *.ods)", "Tableurs (*.csv *.xlsx *.xls *.ods)"
    ),
    ("MainWindow", "Export the waitlist"): ("Warteliste exportieren", "Exporter la liste d’attente"),
    ("MainWindow", "Excel workbook (*.xlsx);;CSV (*.csv)"): (
        "Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)", "Classeur Excel (*.xlsx);;CSV (*.csv)"
    ),
    ("MainWindow", "Exported {count} entries to {path}"): (
        "{count} Einträge nach {path} exportiert", "{count} réservations exportées vers {path}"
    ),
    ("MainWindow", "Export"): ("Export", "Export"),
    ("MainWindow", "dealerapp — {where} — read-only"): (
        "dealerapp — {where} — schreibgeschützt", "dealerapp — {where} — lecture seule"
    ),
    ("MainWindow", "<b>Read-only.</b> This database is on a disk or share that cannot be written, or you may not change the file. You can look, print, export and back it up elsewhere; to make changes, copy it to a folder you can write to and open the copy."): (
        "<b>Schreibgeschützt.</b> Diese Datenbank liegt auf einem Laufwerk oder einer Freigabe, "
        "die nicht beschrieben werden kann, oder Sie dürfen die Datei nicht ändern. Sie können "
        "ansehen, drucken, exportieren und anderswo sichern; um etwas zu ändern, kopieren Sie "
        "sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.",
        "<b>Lecture seule.</b> Cette base se trouve sur un disque ou un partage où l’on ne "
        "peut pas écrire, ou vous ne pouvez pas modifier le fichier. Vous pouvez consulter, "
        "imprimer, exporter et la sauvegarder ailleurs ; pour la modifier, copiez-la dans un "
        "dossier où vous pouvez écrire et ouvrez la copie.",
    ),
    ("MainWindow", "The database is open read-only"): (
        "Die Datenbank ist schreibgeschützt geöffnet", "La base est ouverte en lecture seule"
    ),
    ("MainWindow", "Opened read-only: changes are switched off"): (
        "Schreibgeschützt geöffnet: Änderungen sind abgeschaltet",
        "Ouverte en lecture seule : les modifications sont désactivées",
    ),
    ("MainWindow", "Refreshed"): ("Aktualisiert", "Actualisé"),
    ("MainWindow", "An empty database: choose how to start"): (
        "Eine leere Datenbank: Wählen Sie, wie Sie beginnen", "Une base vide : choisissez comment commencer"
    ),
    ("MainWindow", "About dealerapp"): ("Über dealerapp", "À propos de dealerapp"),
    ("MainWindow", "Allocations, waitlists and customer letters for a car there is not enough of."): (
        "Kontingente, Wartelisten und Kundenbriefe für ein Auto, von dem es nicht genug gibt.",
        "Attributions, listes d’attente et lettres aux clients pour une voiture trop rare.",
    ),
    ("Start", "About this database"): ("Zu dieser Datenbank", "À propos de cette base"),
    ("Start", "The database is damaged"): ("Die Datenbank ist beschädigt", "La base est endommagée"),
    ("Start", "Restore the backup taken {when} now? The damaged file is kept among the backups."): (
        "Die Sicherung vom {when} jetzt wiederherstellen? Die beschädigte Datei wird bei den "
        "Sicherungen aufbewahrt.",
        "Restaurer maintenant la sauvegarde du {when} ? Le fichier endommagé est conservé "
        "parmi les sauvegardes.",
    ),
    ("Start", "The backup could not be restored"): (
        "Die Sicherung konnte nicht wiederhergestellt werden", "La sauvegarde n’a pas pu être restaurée"
    ),
    ("Start", "dealerapp cannot open the database"): (
        "dealerapp kann die Datenbank nicht öffnen", "dealerapp ne peut pas ouvrir la base"
    ),
    ("Start", "Something went wrong"): ("Etwas ist schiefgegangen", "Un problème est survenu"),
    ("Start", "The window keeps running; nothing half-done was saved. What happened and where is written to the log: {log}"): (
        "Das Fenster läuft weiter; nichts Halbfertiges wurde gespeichert. Was wo geschah, "
        "steht im Protokoll: {log}",
        "La fenêtre continue ; rien d’inachevé n’a été enregistré. Ce qui s’est passé et où "
        "est écrit dans le journal : {log}",
    ),
    ("Tasks", "Something went wrong: {error}\n\nNothing was half-written: the change was undone. The details are in the log in {folder}."): (
        "Etwas ist schiefgegangen: {error}\n\nNichts wurde halb geschrieben: die Änderung wurde "
        "zurückgenommen. Die Einzelheiten stehen im Protokoll in {folder}.",
        "Un problème est survenu : {error}\n\nRien n’a été écrit à moitié : la modification a "
        "été annulée. Les détails sont dans le journal, dans {folder}.",
    ),
    ("Undo", "Redo: {what}"): ("Wiederholen: {what}", "Rétablir : {what}"),
    ("Undo", "Redone: {what}"): ("Wiederholt: {what}", "Rétabli : {what}"),
    ("Undo", "Undo: {what}"): ("Rückgängig: {what}", "Annuler : {what}"),
    ("Undo", "Undone: {what}"): ("Rückgängig gemacht: {what}", "Annulé : {what}"),
    ("WaitlistPage", "The filters were changed to show the customer just added."): (
        "Die Filter wurden geändert, um den eben hinzugefügten Kunden zu zeigen.",
        "Les filtres ont été modifiés pour montrer le client qui vient d’être ajouté.",
    ),
    ("WaitlistPage", "Over-subscribed"): ("Überbucht", "Surréservé"),
    ("WaitlistPage", "Add customer"): ("Kunde hinzufügen", "Ajouter un client"),
    ("WaitlistPage", "Edit {customer}"): ("{customer} bearbeiten", "Modifier {customer}"),
    ("WaitlistPage", "A reason is required (it is kept with the change). {prompt}"): (
        "Ein Grund ist nötig (er wird mit der Änderung festgehalten). {prompt}",
        "Un motif est nécessaire (il est conservé avec la modification). {prompt}",
    ),
    ("WaitlistPage", "Move entry"): ("Eintrag verschieben", "Déplacer la réservation"),
    ("WaitlistPage", "Why does {customer} move to {target}?"): (
        "Warum rückt {customer} auf Platz {target}?", "Pourquoi {customer} passe-t-il à la place {target} ?"
    ),
    ("WaitlistPage", "Move {customer} to {target}"): (
        "{customer} auf Platz {target}", "{customer} à la place {target}"
    ),
    ("WaitlistPage", "Assign out of order"): ("Außer der Reihe zuteilen", "Affecter hors de l’ordre"),
    ("WaitlistPage", "{count} customer(s) are ahead of {customer}. Why do they get the unit?"): (
        "{count} Kunde(n) stehen vor {customer}. Warum bekommt dieser das Fahrzeug?",
        "{count} client(s) précèdent {customer}. Pourquoi reçoit-il le véhicule ?",
    ),
    ("WaitlistPage", "Assign a unit to {customer}"): (
        "{customer} ein Fahrzeug zuteilen", "Affecter un véhicule à {customer}"
    ),
    ("WaitlistPage", "Cancel entry"): ("Eintrag stornieren", "Annuler la réservation"),
    ("WaitlistPage", "Why is {customer}'s entry cancelled?"): (
        "Warum wird der Eintrag von {customer} storniert?",
        "Pourquoi la réservation de {customer} est-elle annulée ?",
    ),
    ("WaitlistPage", "Cancel {customer}"): ("{customer} stornieren", "Annuler {customer}"),
    ("WaitlistPage", "Refund deposit"): ("Anzahlung erstatten", "Rembourser l’acompte"),
    ("WaitlistPage", "Why is {customer}'s deposit refunded?"): (
        "Warum wird die Anzahlung von {customer} erstattet?",
        "Pourquoi l’acompte de {customer} est-il remboursé ?",
    ),
    ("WaitlistPage", "Refund {customer}"): ("{customer} erstatten", "Rembourser {customer}"),
    ("WaitlistPage", "Deliver to {customer}"): ("An {customer} ausliefern", "Livrer à {customer}"),
    ("WaitlistPage", "A unit came free"): ("Ein Fahrzeug wurde frei", "Un véhicule s’est libéré"),
}

TRANSLATIONS.update(
    {
        ("DashboardPage", "{count} told they cannot be served"): (
            "{count} erfuhren, dass sie nicht bedient werden können",
            "{count} ont appris qu’ils ne pourraient pas être servis",
        ),
        ("DashboardPage", "{count} told a car was there for them"): (
            "{count} erfuhren, dass ein Fahrzeug für sie da ist",
            "{count} ont appris qu’un véhicule leur était réservé",
        ),
        ("DashboardPage", "{count} told they were still waiting"): (
            "{count} erfuhren, dass sie noch warten", "{count} ont appris qu’ils attendaient encore"
        ),
        ("DashboardPage", "{count} customer(s) owed a correction: an earlier letter told them something that is no longer true ({told}); send the Correction letter"): (
            "{count} Kunde(n) brauchen eine Korrektur: ein früherer Brief sagte ihnen etwas, das "
            "nicht mehr stimmt ({told}); senden Sie den Korrekturbrief",
            "{count} client(s) attendent un rectificatif : une lettre précédente leur a dit "
            "quelque chose qui n’est plus vrai ({told}) ; envoyez la lettre de rectification",
        ),
        ("DashboardPage", "{dealer}: {count} unservable customer(s) not yet told; send the 'cannot be served' letter"): (
            "{dealer}: {count} nicht bedienbare(r) Kunde(n) noch nicht benachrichtigt; senden "
            "Sie den Brief „Nicht lieferbar“",
            "{dealer} : {count} client(s) non servable(s) pas encore prévenu(s) ; envoyez la "
            "lettre « Ne peut être servi »",
        ),
        ("DashboardPage", "{count} memo(s) imported but not applied; look them over"): (
            "{count} Mitteilung(en) importiert, aber nicht angewendet; sehen Sie sie durch",
            "{count} note(s) importée(s) mais non appliquée(s) ; relisez-les",
        ),
        ("DashboardPage", "{count} dealer(s) have more customers than units they can expect: their pending customers get a car only if more units come"): (
            "{count} Händler haben mehr Kunden als Fahrzeuge in Aussicht: ihre ausstehenden Kunden "
            "bekommen nur ein Fahrzeug, wenn weitere kommen",
            "{count} concessionnaire(s) ont plus de clients que de véhicules attendus : leurs "
            "clients en suspens n’auront une voiture que si d’autres arrivent",
        ),
        ("DashboardPage", "Set-up not finished: {step} still to do (Setup page)"): (
            "Einrichtung nicht abgeschlossen: {step} fehlt noch (Seite Einrichtung)",
            "Configuration inachevée : {step} reste à faire (page Configuration)",
        ),
    }
)

TRANSLATIONS.update(
    {
        ("FlagWords", "Position {position} at {dealer}"): (
            "Platz {position} bei {dealer}", "Place {position} chez {dealer}"
        ),
        ("FlagWords", "{where}; {units}, so a unit is there for this customer."): (
            "{where}; {units}, also ist ein Fahrzeug für diesen Kunden da.",
            "{where} ; {units}, donc un véhicule est prévu pour ce client.",
        ),
        ("FlagWords", "{units}, all for customers ahead"): (
            "{units}, alle für Kunden weiter vorn", "{units}, tous pour des clients placés avant"
        ),
        ("FlagWords", "{where}; {ahead}; more {program} units may still come to the {market} market."): (
            "{where}; {ahead}; es können noch weitere {program} in den Markt {market} kommen.",
            "{where} ; {ahead} ; d’autres {program} peuvent encore arriver sur le marché {market}.",
        ),
        ("FlagWords", "no unassigned units"): ("keine freien Fahrzeuge", "aucun véhicule libre"),
        ("FlagWords", "1 unassigned unit"): ("1 freies Fahrzeug", "1 véhicule libre"),
        ("FlagWords", "{count} unassigned units"): ("{count} freie Fahrzeuge", "{count} véhicules libres"),
        ("FlagWords", "{market} allocations were declared filled {source}"): (
            "die Zuteilungen für {market} wurden {source} für ausgeschöpft erklärt",
            "les attributions pour {market} ont été déclarées complètes {source}",
        ),
        ("FlagWords", "no more {program} will be built for {market}, as declared {source}"): (
            "für {market} werden keine weiteren {program} gebaut, wie {source} erklärt",
            "plus aucune {program} ne sera construite pour {market}, comme déclaré {source}",
        ),
        ("FlagWords", "by a memo from {sender}"): ("durch eine Mitteilung von {sender}", "par une note de {sender}"),
        ("FlagWords", "by a memo"): ("durch eine Mitteilung", "par une note"),
        ("FlagWords", "by the memo of {day}"): ("durch die Mitteilung vom {day}", "par la note du {day}"),
        ("FlagWords", "on {day}"): ("am {day}", "le {day}"),
    }
)
