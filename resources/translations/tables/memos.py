"""Translations of the Memos page: the history, importing, one memo's view, its directives
and the dialog that adds a directive by hand."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    # -- the page --------------------------------------------------------------------------
    ("MemosPage", "Memos (*.txt *.eml *.msg *.pdf);;All files (*)"): (
        "Mitteilungen (*.txt *.eml *.msg *.pdf);;Alle Dateien (*)",
        "Notes (*.txt *.eml *.msg *.pdf);;Tous les fichiers (*)",
    ),
    ("MemosPage", "Import a memo"): ("Mitteilung importieren", "Importer une note"),
    ("MemosPage", "Importing {file}"): ("{file} wird importiert", "Importation de {file}"),
    ("MemosPage", "The memo was not imported"): (
        "Die Mitteilung wurde nicht importiert",
        "La note n’a pas été importée",
    ),
    ("MemosPage", "Paste a memo"): ("Mitteilung einfügen", "Coller une note"),
    ("MemosPage", "Paste the memo's text, with its From: and Date: lines if any:"): (
        "Fügen Sie den Text der Mitteilung ein, gegebenenfalls mit den Zeilen „Von:“ und „Datum:“:",
        "Collez le texte de la note, avec ses lignes « De : » et « Date : » le cas échéant :",
    ),
    ("MemosPage", "Importing the pasted memo"): (
        "Die eingefügte Mitteilung wird importiert",
        "Importation de la note collée",
    ),
    ("MemosPage", "This does not look like a memo"): (
        "Das sieht nicht nach einer Mitteilung aus",
        "Cela ne ressemble pas à une note",
    ),
    ("MemosPage", "Store it as a memo anyway?"): (
        "Trotzdem als Mitteilung speichern?",
        "L’enregistrer quand même comme note ?",
    ),
    ("MemosPage", "look it over, then Apply"): (
        "sehen Sie sie durch und wählen Sie dann „Anwenden“",
        "relisez-la, puis cliquez sur « Appliquer »",
    ),
    ("MemosPage", "look it over; a rumor is only ever a scenario"): (
        "sehen Sie sie durch; ein Gerücht ist immer nur ein Szenario",
        "relisez-la ; une rumeur n’est jamais qu’un scénario",
    ),
    ("MemosPage", "nothing in it changes allocations; read the sentences that may matter"): (
        "nichts darin ändert Kontingente; lesen Sie die Sätze, die wichtig sein könnten",
        "rien dans cette note ne change les attributions ; lisez les phrases qui peuvent compter",
    ),
    ("MemosPage", "Imported memo {memo}: {confidence}, {count} directive(s); {next_step}."): (
        "Mitteilung {memo} importiert: {confidence}, {count} Anweisung(en); {next_step}.",
        "Note {memo} importée : {confidence}, {count} directive(s) ; {next_step}.",
    ),
    ("MemosPage", "Why is memo {memo} deleted? (kept in the audit log)"): (
        "Warum wird Mitteilung {memo} gelöscht? (wird im Protokoll festgehalten)",
        "Pourquoi la note {memo} est-elle supprimée ? (consigné dans le journal)",
    ),
    ("MemosPage", "Delete the memo"): ("Mitteilung löschen", "Supprimer la note"),
    ("MemosPage", "A reason is needed to delete memo {memo}. Why is it deleted?"): (
        "Zum Löschen von Mitteilung {memo} ist ein Grund nötig. Warum wird sie gelöscht?",
        "Un motif est nécessaire pour supprimer la note {memo}. Pourquoi est-elle supprimée ?",
    ),
    ("MemosPage", "Deleting memo {memo}"): (
        "Mitteilung {memo} wird gelöscht",
        "Suppression de la note {memo}",
    ),
    ("MemosPage", "The memo was not deleted"): (
        "Die Mitteilung wurde nicht gelöscht",
        "La note n’a pas été supprimée",
    ),
    ("MemosPage", "Memo {memo} cannot be applied"): (
        "Mitteilung {memo} kann nicht angewendet werden",
        "La note {memo} ne peut pas être appliquée",
    ),
    ("MemosPage", "Apply the memo?"): ("Mitteilung anwenden?", "Appliquer la note ?"),
    ("MemosPage", "Apply memo {memo}?"): (
        "Mitteilung {memo} anwenden?",
        "Appliquer la note {memo} ?",
    ),
    ("MemosPage", "A safety copy of the database is made first; Revert undoes it exactly."): (
        "Zuerst wird eine Sicherungskopie der Datenbank angelegt; „Zurücknehmen“ macht alles "
        "genau rückgängig.",
        "Une copie de sécurité de la base est faite d’abord ; « Annuler l’application » défait "
        "tout exactement.",
    ),
    ("MemosPage", "Applied memo {memo}."): (
        "Mitteilung {memo} angewendet.",
        "Note {memo} appliquée.",
    ),
    ("MemosPage", "Applying memo {memo}"): (
        "Mitteilung {memo} wird angewendet",
        "Application de la note {memo}",
    ),
    ("MemosPage", "The memo was not applied"): (
        "Die Mitteilung wurde nicht angewendet",
        "La note n’a pas été appliquée",
    ),
    ("MemosPage", "Memo {memo} cannot be reverted"): (
        "Mitteilung {memo} kann nicht zurückgenommen werden",
        "L’application de la note {memo} ne peut pas être annulée",
    ),
    (
        "MemosPage",
        "{count} of them were already told by letter; each will be owed a correction letter "
        "(Letters page).",
    ): (
        "{count} davon wurden bereits per Brief benachrichtigt; für jeden ist dann ein "
        "Korrekturbrief fällig (Seite Briefe).",
        "{count} d’entre eux ont déjà été prévenus par lettre ; chacun devra recevoir une lettre "
        "rectificative (page Lettres).",
    ),
    ("MemosPage", "Revert the memo?"): (
        "Mitteilung zurücknehmen?",
        "Annuler l’application de la note ?",
    ),
    (
        "MemosPage",
        "Undo everything memo {memo} changed? The customers' flags go back to what they were "
        "before it was applied.",
    ): (
        "Alles rückgängig machen, was Mitteilung {memo} geändert hat? Die Markierungen der Kunden "
        "werden auf den Stand vor dem Anwenden zurückgesetzt.",
        "Défaire tout ce que la note {memo} a changé ? Les indicateurs des clients reviennent à "
        "leur état d’avant l’application.",
    ),
    ("MemosPage", "Reverting memo {memo}"): (
        "Mitteilung {memo} wird zurückgenommen",
        "Annulation de l’application de la note {memo}",
    ),
    ("MemosPage", "Reverted memo {memo}."): (
        "Mitteilung {memo} zurückgenommen.",
        "Application de la note {memo} annulée.",
    ),
    ("MemosPage", "The memo was not reverted"): (
        "Die Mitteilung wurde nicht zurückgenommen",
        "L’application de la note n’a pas été annulée",
    ),
    ("MemosPage", "{count} from {move}"): ("{count} von {move}", "{count} de {move}"),
    ("MemosPage", "Customers whose flag changed: {moves}."): (
        "Kunden, deren Markierung sich geändert hat: {moves}.",
        "Clients dont l’indicateur a changé : {moves}.",
    ),
    ("MemosPage", "none"): ("keine", "aucun"),
    ("MemosPage", "{count} correction letter(s) are owed."): (
        "{count} Korrekturbrief(e) fällig.",
        "{count} lettre(s) rectificative(s) à envoyer.",
    ),
    ("MemosPage", "{count} 'cannot be served' letter(s) are owed."): (
        "{count} Brief(e) „nicht bedienbar“ fällig.",
        "{count} lettre(s) « non servable » à envoyer.",
    ),
    ("MemosPage", "Write the {count} letter(s)…"): (
        "Die {count} Brief(e) schreiben…",
        "Écrire les {count} lettre(s)…",
    ),
    ("MemosPage", "Track the {vehicle}"): (
        "{vehicle} als Programm anlegen",
        "Suivre {vehicle} comme programme",
    ),
    (
        "MemosPage",
        "Memo {memo} names the {vehicle}. As a program, its allocation, waitlist and memos are "
        "kept here; the memo is read again once it is saved.",
    ): (
        "Mitteilung {memo} nennt {vehicle}. Als Programm werden Kontingent, Warteliste und "
        "Mitteilungen dazu hier geführt; nach dem Speichern wird die Mitteilung erneut eingelesen.",
        "La note {memo} cite {vehicle}. En tant que programme, ses attributions, sa liste "
        "d’attente et ses notes sont gérées ici ; la note est relue une fois l’enregistrement "
        "fait.",
    ),
    (
        "MemosPage",
        "Added the program {name} ({code}) and read memo {memo} again: {count} directive(s)",
    ): (
        "Programm {name} ({code}) hinzugefügt und Mitteilung {memo} erneut eingelesen: {count} "
        "Anweisung(en)",
        "Programme {name} ({code}) ajouté et note {memo} relue : {count} directive(s)",
    ),
    ("MemosPage", "Adding the program"): ("Programm wird hinzugefügt", "Ajout du programme"),
    ("MemosPage", "The program was not added"): (
        "Das Programm wurde nicht hinzugefügt",
        "Le programme n’a pas été ajouté",
    ),
    ("MemosPage", "Correcting the directive"): (
        "Anweisung wird korrigiert",
        "Correction de la directive",
    ),
    ("MemosPage", "Not corrected"): ("Nicht korrigiert", "Non corrigée"),
    ("MemosPage", "Added a {kind} to memo {memo}"): (
        "Anweisung ({kind}) zu Mitteilung {memo} hinzugefügt",
        "Directive ({kind}) ajoutée à la note {memo}",
    ),
    ("MemosPage", "Adding the directive"): ("Anweisung wird hinzugefügt", "Ajout de la directive"),
    ("MemosPage", "The directive was not added"): (
        "Die Anweisung wurde nicht hinzugefügt",
        "La directive n’a pas été ajoutée",
    ),
    ("MemosPage", "Reading the programs and markets"): (
        "Programme und Märkte werden gelesen",
        "Lecture des programmes et des marchés",
    ),
    # -- one memo --------------------------------------------------------------------------
    ("MemoView", "Choose a memo above, or import one."): (
        "Wählen Sie oben eine Mitteilung oder importieren Sie eine.",
        "Choisissez une note ci-dessus ou importez-en une.",
    ),
    ("MemoView", "Add a directive from this sentence…"): (
        "Anweisung aus diesem Satz hinzufügen…",
        "Ajouter une directive à partir de cette phrase…",
    ),
    ("MemoView", "What the memo says (untick to leave one out, double-click to fix):"): (
        "Was die Mitteilung sagt (Häkchen entfernen, um eine auszulassen; Doppelklick zum "
        "Korrigieren):",
        "Ce que dit la note (décochez pour en écarter une, double-cliquez pour corriger) :",
    ),
    ("MemoView", "Apply"): ("Anwenden", "Appliquer"),
    ("MemoView", "Show scenario"): ("Szenario zeigen", "Afficher le scénario"),
    ("MemoView", "Revert"): ("Zurücknehmen", "Annuler l’application"),
    ("MemoView", "Delete…"): ("Löschen…", "Supprimer…"),
    ("MemoView", "Delete a memo that was never applied: junk, the wrong file"): (
        "Eine nie angewendete Mitteilung löschen: Unbrauchbares, die falsche Datei",
        "Supprimer une note jamais appliquée : contenu inutile, mauvais fichier",
    ),
    ("MemoView", "Add a directive…"): ("Anweisung hinzufügen…", "Ajouter une directive…"),
    ("MemoView", "Something the memo says that the reader did not read"): (
        "Etwas aus der Mitteilung, das beim Einlesen nicht erkannt wurde",
        "Un élément de la note que la lecture automatique n’a pas relevé",
    ),
    ("MemoView", "{names} and {last}"): ("{names} und {last}", "{names} et {last}"),
    ("MemoView", "It also names the {vehicles}, which no program here tracks."): (
        "Genannt wird auch: {vehicles} – dafür gibt es hier kein Programm.",
        "Elle cite aussi {vehicles}, qu’aucun programme ne suit ici.",
    ),
    ("MemoView", "It also names the {vehicles}, which no programs here track."): (
        "Genannt werden auch: {vehicles} – dafür gibt es hier keine Programme.",
        "Elle cite aussi {vehicles}, qu’aucun programme ne suit ici.",
    ),
    ("MemoView", "This memo is about the {vehicles}, which no program here tracks."): (
        "Diese Mitteilung betrifft: {vehicles} – dafür gibt es hier kein Programm.",
        "Cette note concerne {vehicles}, qu’aucun programme ne suit ici.",
    ),
    ("MemoView", "This memo is about the {vehicles}, which no programs here track."): (
        "Diese Mitteilung betrifft: {vehicles} – dafür gibt es hier keine Programme.",
        "Cette note concerne {vehicles}, qu’aucun programme ne suit ici.",
    ),
    ("MemoView", "Track it as a program and the memo is read again."): (
        "Legen Sie das Fahrzeug als Programm an, dann wird die Mitteilung erneut eingelesen.",
        "Suivez le véhicule comme programme et la note sera relue.",
    ),
    ("MemoView", "Nothing read about it applies until then."): (
        "Bis dahin wird nichts angewendet, was dazu erkannt wurde.",
        "D’ici là, rien de ce qui a été lu à son sujet ne s’applique.",
    ),
    ("MemoView", "Track the {vehicle}…"): (
        "{vehicle} als Programm anlegen…",
        "Suivre {vehicle} comme programme…",
    ),
    (
        "MemoView",
        "May matter, read these: {count} sentence(s) name a car or a market with words such as "
        "allocate, end or delay, but gave no directive.",
    ): (
        "Könnte wichtig sein, bitte lesen: Sätze, die ein Fahrzeug oder einen Markt mit Wörtern "
        "wie „zuteilen“, „enden“ oder „verzögern“ nennen, aber keine Anweisung ergaben ({count}).",
        "À lire, cela peut compter : {count} phrase(s) citent une voiture ou un marché avec des "
        "mots comme « attribuer », « fin » ou « retard », sans donner de directive.",
    ),
    ("MemoView", "Memo {memo}: {file} — from {sender}, {date} — {confidence} — {state}"): (
        "Mitteilung {memo}: {file} — von {sender}, {date} — {confidence} — {state}",
        "Note {memo} : {file} — de {sender}, {date} — {confidence} — {state}",
    ),
    ("MemoView", "unknown sender"): ("unbekannter Absender", "expéditeur inconnu"),
    ("MemoView", "undated"): ("undatiert", "non datée"),
    ("MemoView", "A rumor is never applied; look at it as a scenario"): (
        "Ein Gerücht wird nie angewendet; sehen Sie es sich als Szenario an",
        "Une rumeur n’est jamais appliquée ; consultez-la comme scénario",
    ),
    ("MemoView", "Scenario (nothing is written):"): (
        "Szenario (es wird nichts gespeichert):",
        "Scénario (rien n’est enregistré) :",
    ),
    ("MemoView", "Applying would:"): ("Das Anwenden würde:", "L’application ferait ceci :"),
    ("MemoView", "Applied:"): ("Angewendet:", "Appliquée :"),
    ("MemoView", "change no data"): ("keine Daten ändern", "ne modifier aucune donnée"),
    ("MemoView", "note: {line}"): ("Hinweis: {line}", "remarque : {line}"),
    ("MemoView", "left out: {line}"): ("ausgelassen: {line}", "écartée : {line}"),
    ("MemoView", "Customers whose flag changes: {moves}"): (
        "Kunden, deren Markierung sich ändert: {moves}",
        "Clients dont l’indicateur change : {moves}",
    ),
    ("MemoView", "none"): ("keine", "aucun"),
    # -- the directives of one memo --------------------------------------------------------
    ("DirectiveTableModel", "Apply"): ("Anwenden", "Appliquer"),
    ("DirectiveTableModel", "Kind"): ("Art", "Type"),
    ("DirectiveTableModel", "Market"): ("Markt", "Marché"),
    ("DirectiveTableModel", "Program"): ("Programm", "Programme"),
    ("DirectiveTableModel", "Dealer"): ("Händler", "Concessionnaire"),
    ("DirectiveTableModel", "Units"): ("Fahrzeuge", "Véhicules"),
    ("DirectiveTableModel", "From"): ("Von", "De"),
    ("DirectiveTableModel", "To"): ("Auf", "À"),
    ("DirectiveTableModel", "Date"): ("Datum", "Date"),
    ("DirectiveTableModel", "Weeks"): ("Wochen", "Semaines"),
    ("DirectiveTableModel", "Confidence"): ("Verlässlichkeit", "Fiabilité"),
    ("DirectiveTableModel", "({vehicle}: not tracked)"): (
        "({vehicle}: kein Programm)",
        "({vehicle} : non suivi)",
    ),
    ("DirectiveTableModel", "Added by a person from the memo's text"): (
        "Von einer Person aus dem Text der Mitteilung hinzugefügt",
        "Ajoutée par une personne à partir du texte de la note",
    ),
    ("DirectiveTableModel", "Corrected by a person; the reader's version is kept with the memo"): (
        "Von einer Person korrigiert; die eingelesene Fassung bleibt bei der Mitteilung erhalten",
        "Corrigée par une personne ; la version lue automatiquement est conservée avec la note",
    ),
    (
        "DirectiveTableModel",
        "About the {vehicle}, which no program here tracks: nothing applies until it is tracked",
    ): (
        "Betrifft {vehicle}, wofür es hier kein Programm gibt: Nichts davon wird angewendet, bis "
        "es als Programm angelegt ist",
        "Concerne {vehicle}, qu’aucun programme ne suit ici : rien ne s’applique tant qu’il n’est "
        "pas suivi",
    ),
    ("DirectiveTableModel", "A rumor: shown only as a scenario, never applied"): (
        "Ein Gerücht: nur als Szenario gezeigt, nie angewendet",
        "Une rumeur : affichée seulement comme scénario, jamais appliquée",
    ),
    # -- adding a directive by hand --------------------------------------------------------
    ("DirectiveDialog", "Market closed (no more cars for a market)"): (
        "Markt geschlossen (keine weiteren Fahrzeuge für einen Markt)",
        "Marché fermé (plus de voitures pour un marché)",
    ),
    ("DirectiveDialog", "Allocations filled (a market's units all taken)"): (
        "Kontingente ausgeschöpft (alle Fahrzeuge eines Marktes vergeben)",
        "Attributions épuisées (tous les véhicules d’un marché sont pris)",
    ),
    ("DirectiveDialog", "Order bank closes (no more orders)"): (
        "Auftragsbuch schließt (keine weiteren Bestellungen)",
        "Clôture des commandes (plus de commandes)",
    ),
    ("DirectiveDialog", "A market's allocation (units)"): (
        "Kontingent eines Marktes (Fahrzeuge)",
        "Attribution d’un marché (véhicules)",
    ),
    ("DirectiveDialog", "A dealer's allocation changes (units, + or -)"): (
        "Kontingent eines Händlers ändert sich (Fahrzeuge, + oder -)",
        "L’attribution d’un concessionnaire change (véhicules, + ou -)",
    ),
    ("DirectiveDialog", "Production volume (the planned run)"): (
        "Produktionsmenge (geplante Stückzahl)",
        "Volume de production (série prévue)",
    ),
    ("DirectiveDialog", "Production ends"): ("Produktionsende", "Fin de production"),
    ("DirectiveDialog", "Production starts"): ("Produktionsbeginn", "Début de production"),
    ("DirectiveDialog", "Delay (weeks or a date)"): (
        "Verzögerung (Wochen oder ein Datum)",
        "Retard (semaines ou une date)",
    ),
    ("DirectiveDialog", "market"): ("Markt", "marché"),
    ("DirectiveDialog", "program"): ("Programm", "programme"),
    ("DirectiveDialog", "dealer"): ("Händler", "concessionnaire"),
    ("DirectiveDialog", "units"): ("Stückzahl", "nombre de véhicules"),
    ("DirectiveDialog", "from"): ("geplante Stückzahl bisher", "série prévue avant"),
    ("DirectiveDialog", "to"): ("geplante Stückzahl neu", "série prévue après"),
    ("DirectiveDialog", "weeks"): ("Wochen", "semaines"),
    ("DirectiveDialog", "date"): ("Datum", "date"),
    ("DirectiveDialog", "Add a directive"): ("Anweisung hinzufügen", "Ajouter une directive"),
    ("DirectiveDialog", "From the memo: “{sentence}”"): (
        "Aus der Mitteilung: „{sentence}“",
        "Extrait de la note : « {sentence} »",
    ),
    ("DirectiveDialog", "Not tied to one sentence of the memo."): (
        "Nicht an einen bestimmten Satz der Mitteilung gebunden.",
        "Non liée à une phrase précise de la note.",
    ),
    ("DirectiveDialog", "It names the {vehicle}, which no program here tracks."): (
        "Genannt wird {vehicle}; dafür gibt es hier kein Programm.",
        "Elle cite {vehicle}, qu’aucun programme ne suit ici.",
    ),
    ("DirectiveDialog", "What it says"): ("Aussage", "Ce qu’elle dit"),
    ("DirectiveDialog", "Official (can be applied)"): (
        "Offiziell (kann angewendet werden)",
        "Officielle (peut être appliquée)",
    ),
    ("DirectiveDialog", "Rumor (only a scenario)"): (
        "Gerücht (nur als Szenario)",
        "Rumeur (scénario uniquement)",
    ),
    ("DirectiveDialog", "Confidence"): ("Verlässlichkeit", "Fiabilité"),
    (
        "DirectiveDialog",
        "It names {market}, which is not a market here yet: add it on the Setup page (Markets) to "
        "apply a directive about it.",
    ): (
        "Genannt wird {market}, hier noch kein Markt: Legen Sie ihn auf der Seite Einrichtung "
        "(Märkte) an, um eine Anweisung dazu anzuwenden.",
        "Elle cite {market}, qui n’est pas encore un marché ici : ajoutez-le sur la page "
        "Configuration (Marchés) pour appliquer une directive à son sujet.",
    ),
    ("DirectiveDialog", "on"): ("am", "le"),
    ("DirectiveDialog", "Market"): ("Markt", "Marché"),
    ("DirectiveDialog", "Program"): ("Programm", "Programme"),
    ("DirectiveDialog", "Dealer"): ("Händler", "Concessionnaire"),
    ("DirectiveDialog", "Units"): ("Fahrzeuge", "Véhicules"),
    ("DirectiveDialog", "Planned run from"): ("Geplante Stückzahl bisher", "Série prévue avant"),
    ("DirectiveDialog", "Planned run to"): ("Geplante Stückzahl neu", "Série prévue après"),
    ("DirectiveDialog", "Weeks"): ("Wochen", "Semaines"),
    ("DirectiveDialog", "Date"): ("Datum", "Date"),
    ("DirectiveDialog", "Add the directive"): ("Anweisung hinzufügen", "Ajouter la directive"),
    ("DirectiveDialog", "Still needed: {fields}."): (
        "Noch erforderlich: {fields}.",
        "Encore nécessaire : {fields}.",
    ),
}
