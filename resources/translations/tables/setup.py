"""Translations of the Setup page, its program, market and dealer forms and dialogs, and the
guided set-up."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    # -- the Setup page ----------------------------------------------------------------------
    ("SetupPage", "in use"): ("in Betrieb", "actif"),
    ("SetupPage", "retired {date}"): ("stillgelegt am {date}", "archivé le {date}"),
    ("SetupPage", "none yet"): ("noch keine", "aucun pour l’instant"),
    ("SetupPage", "US Letter"): ("US-Letter", "Lettre US"),
    ("SetupPage", "yes"): ("ja", "oui"),
    ("SetupPage", "ours"): ("unser", "nôtre"),
    ("SetupPage", "group"): ("Gruppe", "groupe"),
    ("SetupPage", "Guided set-up…"): ("Geführte Einrichtung…", "Configuration guidée…"),
    ("SetupPage", "Continue the set-up…"): (
        "Einrichtung fortsetzen…",
        "Poursuivre la configuration…",
    ),
    ("SetupPage", "Programs"): ("Programme", "Programmes"),
    ("SetupPage", "Markets"): ("Märkte", "Marchés"),
    ("SetupPage", "Dealers"): ("Händler", "Concessionnaires"),
    ("SetupPage", "Add a program…"): ("Programm hinzufügen…", "Ajouter un programme…"),
    ("SetupPage", "Add a market…"): ("Markt hinzufügen…", "Ajouter un marché…"),
    ("SetupPage", "Add a dealer…"): ("Händler hinzufügen…", "Ajouter un concessionnaire…"),
    ("SetupPage", "Edit…"): ("Bearbeiten…", "Modifier…"),
    ("SetupPage", "Retire…"): ("Stilllegen…", "Archiver…"),
    ("SetupPage", "Bring back"): ("Reaktivieren", "Réactiver"),
    ("SetupPage", "Delete"): ("Löschen", "Supprimer"),
    ("SetupPage", "<b>Set-up:</b> {steps}<br>Next: {step}."): (
        "<b>Einrichtung:</b> {steps}<br>Als Nächstes: {step}.",
        "<b>Configuration :</b> {steps}<br>Étape suivante : {step}.",
    ),
    ("SetupPage", "<b>Set-up:</b> {steps}<br>All done."): (
        "<b>Einrichtung:</b> {steps}<br>Alles erledigt.",
        "<b>Configuration :</b> {steps}<br>Tout est fait.",
    ),
    ("SetupPage", "Setup"): ("Einrichtung", "Configuration"),
    ("SetupPage", "Choose a row in the table first."): (
        "Wählen Sie zuerst eine Zeile in der Tabelle.",
        "Choisissez d’abord une ligne du tableau.",
    ),
    ("SetupPage", "Edit {name}"): ("{name} bearbeiten", "Modifier {name}"),
    ("SetupPage", "Add a program"): ("Programm hinzufügen", "Ajouter un programme"),
    ("SetupPage", "A limited vehicle you sell by allocation."): (
        "Ein limitiertes Fahrzeug, das Sie über Kontingente verkaufen.",
        "Un véhicule en série limitée que vous vendez par attribution.",
    ),
    ("SetupPage", "Adding the program"): ("Programm wird hinzugefügt", "Ajout du programme"),
    ("SetupPage", "Adding the program: not saved"): (
        "Das Programm wurde nicht hinzugefügt",
        "Le programme n’a pas été ajouté",
    ),
    ("SetupPage", "Changing the program"): ("Programm wird geändert", "Modification du programme"),
    ("SetupPage", "Changing the program: not saved"): (
        "Das Programm wurde nicht geändert",
        "Le programme n’a pas été modifié",
    ),
    (
        "SetupPage",
        "Retire {program}? It then takes no new customers and no new units; everything it has "
        "stays as it is.\n\n{count} customer(s) are still waiting for the {code}: they stay on "
        "the waitlist, keep their flags and still need to be told.",
    ): (
        "{program} stilllegen? Es nimmt dann keine neuen Kunden und keine neuen Fahrzeuge mehr "
        "auf; alles Bisherige bleibt, wie es ist.\n\n{count} Kunde(n) warten noch auf den "
        "{code}: sie bleiben auf der Warteliste, behalten ihre Markierung und müssen noch "
        "benachrichtigt werden.",
        "Archiver {program} ? Il n’accepte alors plus de nouveaux clients ni de nouveaux "
        "véhicules ; tout ce qu’il contient reste inchangé.\n\n{count} client(s) attendent "
        "encore le {code} : ils restent sur la liste d’attente, gardent leur indicateur et "
        "doivent encore être prévenus.",
    ),
    (
        "SetupPage",
        "Retire {program}? It then takes no new customers and no new units; everything it has "
        "stays as it is.",
    ): (
        "{program} stilllegen? Es nimmt dann keine neuen Kunden und keine neuen Fahrzeuge mehr "
        "auf; alles Bisherige bleibt, wie es ist.",
        "Archiver {program} ? Il n’accepte alors plus de nouveaux clients ni de nouveaux "
        "véhicules ; tout ce qu’il contient reste inchangé.",
    ),
    ("SetupPage", "Retire the program?"): ("Programm stilllegen?", "Archiver le programme ?"),
    ("SetupPage", "Retiring the program"): ("Programm wird stillgelegt", "Archivage du programme"),
    ("SetupPage", "Retiring the program: not saved"): (
        "Das Programm wurde nicht stillgelegt",
        "Le programme n’a pas été archivé",
    ),
    ("SetupPage", "Bringing the program back"): (
        "Programm wird reaktiviert",
        "Réactivation du programme",
    ),
    ("SetupPage", "Bringing the program back: not saved"): (
        "Das Programm wurde nicht reaktiviert",
        "Le programme n’a pas été réactivé",
    ),
    ("SetupPage", "Not deleted"): ("Nicht gelöscht", "Non supprimé"),
    (
        "SetupPage",
        "{program} has customers, ledger rows or memos; a program with history is retired, "
        "never deleted.",
    ): (
        "{program} hat Kunden, Buchungen im Kontingentbuch oder Mitteilungen; ein Programm mit "
        "Vorgeschichte wird stillgelegt, nie gelöscht.",
        "{program} a des clients, des lignes du registre ou des notes ; un programme qui a un "
        "historique est archivé, jamais supprimé.",
    ),
    ("SetupPage", "Delete the program?"): ("Programm löschen?", "Supprimer le programme ?"),
    ("SetupPage", "Delete {program}?"): ("{program} löschen?", "Supprimer {program} ?"),
    ("SetupPage", "Deleting the program"): ("Programm wird gelöscht", "Suppression du programme"),
    ("SetupPage", "Deleting the program: not saved"): (
        "Das Programm wurde nicht gelöscht",
        "Le programme n’a pas été supprimé",
    ),
    ("SetupPage", "Add a market"): ("Markt hinzufügen", "Ajouter un marché"),
    ("SetupPage", "A country you sell in."): (
        "Ein Land, in dem Sie verkaufen.",
        "Un pays où vous vendez.",
    ),
    ("SetupPage", "Adding the market"): ("Markt wird hinzugefügt", "Ajout du marché"),
    ("SetupPage", "Adding the market: not saved"): (
        "Der Markt wurde nicht hinzugefügt",
        "Le marché n’a pas été ajouté",
    ),
    ("SetupPage", "Changing the market"): ("Markt wird geändert", "Modification du marché"),
    ("SetupPage", "Changing the market: not saved"): (
        "Der Markt wurde nicht geändert",
        "Le marché n’a pas été modifié",
    ),
    ("SetupPage", "Add a dealer"): ("Händler hinzufügen", "Ajouter un concessionnaire"),
    ("SetupPage", "Everything its letterhead needs."): (
        "Alles, was sein Briefkopf braucht.",
        "Tout ce dont son en-tête a besoin.",
    ),
    ("SetupPage", "Adding the dealer"): ("Händler wird hinzugefügt", "Ajout du concessionnaire"),
    ("SetupPage", "Adding the dealer: not saved"): (
        "Der Händler wurde nicht hinzugefügt",
        "Le concessionnaire n’a pas été ajouté",
    ),
    ("SetupPage", "Changing the dealer"): (
        "Händler wird geändert",
        "Modification du concessionnaire",
    ),
    ("SetupPage", "Changing the dealer: not saved"): (
        "Der Händler wurde nicht geändert",
        "Le concessionnaire n’a pas été modifié",
    ),
    # -- the program form --------------------------------------------------------------------
    ("ProgramForm", "Name *"): ("Name *", "Nom *"),
    ("ProgramForm", "e.g. Chevrolet Corvette Z06"): (
        "z. B. Chevrolet Corvette Z06",
        "p. ex. Chevrolet Corvette Z06",
    ),
    ("ProgramForm", "Code *"): ("Code *", "Code *"),
    ("ProgramForm", "a short code staff type, e.g. Z06"): (
        "ein kurzer Code für die Eingabe, z. B. Z06",
        "un code court que le personnel saisit, p. ex. Z06",
    ),
    ("ProgramForm", "Manufacturer (OEM) *"): ("Hersteller (OEM) *", "Constructeur (OEM) *"),
    ("ProgramForm", "e.g. GM, BMW, Ford"): ("z. B. GM, BMW, Ford", "p. ex. GM, BMW, Ford"),
    ("ProgramForm", "not known"): ("unbekannt", "inconnue"),
    ("ProgramForm", "Planned run"): ("Geplante Stückzahl", "Série prévue"),
    ("ProgramForm", "Other names in memos"): (
        "Andere Namen in Mitteilungen",
        "Autres noms dans les notes",
    ),
    ("ProgramForm", "separated by semicolons: Z06; C8 Z06"): (
        "durch Semikolons getrennt: Z06; C8 Z06",
        "séparés par des points-virgules : Z06; C8 Z06",
    ),
    ("ProgramForm", "Plurals and possessives (Z06s, the Z06's) are understood without these."): (
        "Plural- und Besitzformen (Z06s, the Z06's) werden auch ohne diese Angabe erkannt.",
        "Les pluriels et les possessifs (Z06s, the Z06's) sont reconnus sans cela.",
    ),
    ("ProgramForm", "none yet"): ("noch keine", "aucun pour l’instant"),
    ("ProgramForm", "{codes} order status codes"): (
        "Bestellstatus-Codes von {codes}",
        "Codes d’état de commande {codes}",
    ),
    ("ProgramForm", "Order status codes"): ("Bestellstatus-Codes", "Codes d’état de commande"),
    ("ProgramForm", "name"): ("Name", "nom"),
    ("ProgramForm", "code"): ("Code", "code"),
    ("ProgramForm", "OEM"): ("Hersteller", "constructeur"),
    ("ProgramForm", "Still needed: {fields}."): (
        "Es fehlt noch: {fields}.",
        "Encore requis : {fields}.",
    ),
    # -- the market form ---------------------------------------------------------------------
    ("MarketForm", "Country *"): ("Land *", "Pays *"),
    ("MarketForm", "Name *"): ("Name *", "Nom *"),
    ("MarketForm", "Language *"): ("Sprache *", "Langue *"),
    ("MarketForm", "e.g. en, de, fr"): ("z. B. en, de, fr", "p. ex. en, de, fr"),
    ("MarketForm", "Locale *"): ("Gebietsschema *", "Paramètres régionaux *"),
    ("MarketForm", "dates and money, e.g. de_CH"): (
        "für Datum und Beträge, z. B. de_CH",
        "dates et montants, p. ex. de_CH",
    ),
    ("MarketForm", "Currency *"): ("Währung *", "Devise *"),
    ("MarketForm", "e.g. USD, EUR"): ("z. B. USD, EUR", "p. ex. USD, EUR"),
    ("MarketForm", "US Letter"): ("US-Letter", "Lettre US"),
    ("MarketForm", "Paper for letters"): ("Papier für Briefe", "Papier des lettres"),
    ("MarketForm", "Filled in from CLDR for the country; change what differs."): (
        "Aus den CLDR-Daten des Landes übernommen; ändern Sie, was abweicht.",
        "Rempli d’après les données CLDR du pays ; modifiez ce qui diffère.",
    ),
    (
        "MarketForm",
        "Filled in from CLDR for the country; change what differs. Also spoken there: {languages}.",
    ): (
        "Aus den CLDR-Daten des Landes übernommen; ändern Sie, was abweicht. Dort ebenfalls "
        "gesprochen: {languages}.",
        "Rempli d’après les données CLDR du pays ; modifiez ce qui diffère. Langues aussi "
        "parlées : {languages}.",
    ),
    ("MarketForm", "Choose the country of the market."): (
        "Wählen Sie das Land des Marktes.",
        "Choisissez le pays du marché.",
    ),
    ("MarketForm", "There is a market for {code} already."): (
        "Für {code} gibt es bereits einen Markt.",
        "Il existe déjà un marché pour {code}.",
    ),
    ("MarketForm", "The market needs a name."): (
        "Der Markt braucht einen Namen.",
        "Le marché doit avoir un nom.",
    ),
    ("MarketForm", "{locale} is not a locale (en_US, de_DE, …)."): (
        "{locale} ist kein Gebietsschema (en_US, de_DE, …).",
        "{locale} n’est pas un code de paramètres régionaux (en_US, de_DE, …).",
    ),
    ("MarketForm", "{currency} is not a currency code (USD, EUR, …)."): (
        "{currency} ist kein Währungscode (USD, EUR, …).",
        "{currency} n’est pas un code de devise (USD, EUR, …).",
    ),
    # -- the dealer form ---------------------------------------------------------------------
    ("DealerForm", "Name *"): ("Name *", "Nom *"),
    ("DealerForm", "e.g. Lakeside Chevrolet"): (
        "z. B. Lakeside Chevrolet",
        "p. ex. Lakeside Chevrolet",
    ),
    ("DealerForm", "Market *"): ("Markt *", "Marché *"),
    ("DealerForm", "Dealer code *"): ("Händlercode *", "Code du concessionnaire *"),
    ("DealerForm", "e.g. US-LAK"): ("z. B. US-LAK", "p. ex. US-LAK"),
    ("DealerForm", "Street *"): ("Straße *", "Rue *"),
    ("DealerForm", "City *"): ("Ort *", "Ville *"),
    ("DealerForm", "State or region"): ("Bundesland oder Region", "État ou région"),
    ("DealerForm", "Postal code *"): ("Postleitzahl *", "Code postal *"),
    ("DealerForm", "Phone"): ("Telefon", "Téléphone"),
    ("DealerForm", "E-mail"): ("E-Mail", "E-mail"),
    ("DealerForm", "Signed by *"): ("Unterzeichnet von *", "Signé par *"),
    ("DealerForm", "who signs its letters"): (
        "wer die Briefe des Händlers unterschreibt",
        "qui signe ses lettres",
    ),
    ("DealerForm", "Their title"): ("Funktion des Unterzeichners", "Fonction du signataire"),
    ("DealerForm", "e.g. General Sales Manager"): (
        "z. B. Verkaufsleiter",
        "p. ex. directeur commercial",
    ),
    ("DealerForm", "Paper"): ("Papier", "Papier"),
    ("DealerForm", "no logo"): ("kein Logo", "aucun logo"),
    ("DealerForm", "Choose a logo…"): ("Logo auswählen…", "Choisir un logo…"),
    ("DealerForm", "Remove"): ("Entfernen", "Retirer"),
    ("DealerForm", "Logo"): ("Logo", "Logo"),
    ("DealerForm", "One of our rooftops (uses this database)"): (
        "Einer unserer Standorte (nutzt diese Datenbank)",
        "Un de nos sites (utilise cette base)",
    ),
    ("DealerForm", "US Letter (from the market)"): (
        "US-Letter (vom Markt)",
        "Lettre US (du marché)",
    ),
    ("DealerForm", "A4 (from the market)"): ("A4 (vom Markt)", "A4 (du marché)"),
    ("DealerForm", "Choose the dealer's logo"): (
        "Logo des Händlers auswählen",
        "Choisir le logo du concessionnaire",
    ),
    ("DealerForm", "Images (*.png *.jpg *.jpeg *.gif *.bmp)"): (
        "Bilder (*.png *.jpg *.jpeg *.gif *.bmp)",
        "Images (*.png *.jpg *.jpeg *.gif *.bmp)",
    ),
    ("DealerForm", "{file}: {size} MB is too big for a logo (at most 2 MB)"): (
        "{file}: {size} MB sind zu groß für ein Logo (höchstens 2 MB)",
        "{file} : {size} Mo, c’est trop pour un logo (2 Mo au plus)",
    ),
    ("DealerForm", "{file}: cannot be read ({reason})."): (
        "{file}: kann nicht gelesen werden ({reason}).",
        "{file} : lecture impossible ({reason}).",
    ),
    ("DealerForm", "Add a market first (Setup > Markets)."): (
        "Legen Sie zuerst einen Markt an (Einrichtung > Märkte).",
        "Ajoutez d’abord un marché (Configuration > Marchés).",
    ),
    ("DealerForm", "name"): ("Name", "nom"),
    ("DealerForm", "code"): ("Code", "code"),
    ("DealerForm", "street"): ("Straße", "rue"),
    ("DealerForm", "city"): ("Ort", "ville"),
    ("DealerForm", "postal code"): ("Postleitzahl", "code postal"),
    ("DealerForm", "who signs"): ("Unterzeichner", "signataire"),
    ("DealerForm", "Still needed: {fields}."): (
        "Es fehlt noch: {fields}.",
        "Encore requis : {fields}.",
    ),
    ("DealerForm", "The code {code} is taken by another dealer."): (
        "Der Code {code} ist bereits an einen anderen Händler vergeben.",
        "Le code {code} est déjà pris par un autre concessionnaire.",
    ),
    ("DealerForm", "{email} is not an e-mail address."): (
        "{email} ist keine E-Mail-Adresse.",
        "{email} n’est pas une adresse e-mail.",
    ),
    # -- the dialogs around the forms --------------------------------------------------------
    ("FirstAllocation", "Its first allocation (optional)"): (
        "Sein erstes Kontingent (optional)",
        "Sa première attribution (facultatif)",
    ),
    ("FirstAllocation", "none yet"): ("noch keine", "aucun pour l’instant"),
    ("FirstAllocation", "Program"): ("Programm", "Programme"),
    ("FirstAllocation", "Units"): ("Fahrzeuge", "Véhicules"),
    ("FirstAllocation", "Add a program first; units can be granted later on Allocations."): (
        "Legen Sie zuerst ein Programm an; Fahrzeuge lassen sich später unter Kontingente "
        "zuteilen.",
        "Ajoutez d’abord un programme ; les véhicules pourront être attribués plus tard dans "
        "Attributions.",
    ),
    # -- the guided set-up -------------------------------------------------------------------
    ("SetupFlow", "Your dealership"): ("Ihr Autohaus", "Votre concession"),
    ("SetupFlow", "The car"): ("Das Fahrzeug", "Le véhicule"),
    ("SetupFlow", "Its allocation"): ("Sein Kontingent", "Son attribution"),
    ("SetupFlow", "Your customers"): ("Ihre Kunden", "Vos clients"),
    ("SetupFlow", "Set up your dealership"): (
        "Ihr Autohaus einrichten",
        "Configurer votre concession",
    ),
    ("SetupFlow", "Finish later"): ("Später abschließen", "Terminer plus tard"),
    ("SetupFlow", "Skip this step"): ("Schritt überspringen", "Passer cette étape"),
    ("SetupFlow", "Save and continue"): ("Speichern und weiter", "Enregistrer et continuer"),
    ("SetupFlow", "Done"): ("Fertig", "Terminé"),
    ("SetupFlow", "Saving your dealership"): (
        "Ihr Autohaus wird gespeichert",
        "Enregistrement de votre concession",
    ),
    ("SetupFlow", "Saving your dealership: not saved"): (
        "Ihr Autohaus wurde nicht gespeichert",
        "Votre concession n’a pas été enregistrée",
    ),
    ("SetupFlow", "Saving the program"): (
        "Programm wird gespeichert",
        "Enregistrement du programme",
    ),
    ("SetupFlow", "Saving the program: not saved"): (
        "Das Programm wurde nicht gespeichert",
        "Le programme n’a pas été enregistré",
    ),
    ("SetupFlow", "Granting the allocation"): (
        "Kontingent wird zugeteilt",
        "Octroi de l’attribution",
    ),
    ("SetupFlow", "Granting the allocation: not saved"): (
        "Das Kontingent wurde nicht zugeteilt",
        "L’attribution n’a pas été accordée",
    ),
    ("SetupFlow", "Adding the customer"): ("Kunde wird hinzugefügt", "Ajout du client"),
    ("SetupFlow", "The customer was not added"): (
        "Der Kunde wurde nicht hinzugefügt",
        "Le client n’a pas été ajouté",
    ),
    ("DealershipStep", "<b>Your dealership.</b> Where it is and what its letterhead says."): (
        "<b>Ihr Autohaus.</b> Wo es liegt und was in seinem Briefkopf steht.",
        "<b>Votre concession.</b> Où elle se trouve et ce que dit son en-tête.",
    ),
    ("DealershipStep", "Country *"): ("Land *", "Pays *"),
    (
        "ProgramStep",
        "<b>The car you sell by allocation.</b> The name memos use for it, and whose order "
        "status codes its orders follow.",
    ): (
        "<b>Das Fahrzeug, das Sie über Kontingente verkaufen.</b> Der Name, den Mitteilungen "
        "dafür verwenden, und wessen Bestellstatus-Codes seine Bestellungen folgen.",
        "<b>Le véhicule que vous vendez par attribution.</b> Le nom que lui donnent les notes, "
        "et les codes d’état de commande que suivent ses commandes.",
    ),
    ("AllocationStep", "not known"): ("unbekannt", "inconnue"),
    ("AllocationStep", "Units for the dealer"): (
        "Fahrzeuge für den Händler",
        "Véhicules pour le concessionnaire",
    ),
    ("AllocationStep", "The market's national share"): (
        "Landesanteil des Marktes",
        "Part nationale du marché",
    ),
    ("AllocationStep", "Why (kept in the ledger)"): (
        "Warum (wird im Kontingentbuch festgehalten)",
        "Pourquoi (conservé dans le registre)",
    ),
    (
        "AllocationStep",
        "Each later change is a new ledger row with its own reason, on the Allocations page; "
        "nothing is ever overwritten.",
    ): (
        "Jede spätere Änderung ist eine neue Buchung im Kontingentbuch mit eigenem Grund, auf "
        "der Seite Kontingente; nichts wird je überschrieben.",
        "Chaque modification ultérieure est une nouvelle ligne du registre, avec son propre "
        "motif, sur la page Attributions ; rien n’est jamais écrasé.",
    ),
    ("AllocationStep", "Set up the dealership and the program first (or skip this step)."): (
        "Richten Sie zuerst das Autohaus und das Programm ein (oder überspringen Sie diesen "
        "Schritt).",
        "Configurez d’abord la concession et le programme (ou passez cette étape).",
    ),
    ("AllocationStep", "<b>Its allocation.</b>"): (
        "<b>Sein Kontingent.</b>",
        "<b>Son attribution.</b>",
    ),
    (
        "AllocationStep",
        "<b>Its allocation.</b> How many units of the {program} has {dealer} been allocated so "
        "far? Customers beyond them wait as pending.",
    ): (
        "<b>Sein Kontingent.</b> Wie viele {program} wurden {dealer} bisher zugeteilt? Alle "
        "weiteren Kunden warten mit dem Status „ausstehend“.",
        "<b>Son attribution.</b> Combien de véhicules {program} ont été attribués à {dealer} "
        "jusqu’ici ? Les clients au-delà attendent en suspens.",
    ),
    ("AllocationStep", "Give at least 1 unit, or skip this step."): (
        "Geben Sie mindestens 1 Fahrzeug an oder überspringen Sie diesen Schritt.",
        "Indiquez au moins 1 véhicule, ou passez cette étape.",
    ),
    ("AllocationStep", "A reason is required."): (
        "Ein Grund ist erforderlich.",
        "Un motif est obligatoire.",
    ),
    ("CustomersStep", "Import a waitlist spreadsheet…"): (
        "Warteliste aus Tabelle importieren…",
        "Importer une liste d’attente depuis un tableur…",
    ),
    ("CustomersStep", "Or add them one by one, first in line first:"): (
        "Oder fügen Sie sie einzeln hinzu, die Ersten der Reihe zuerst:",
        "Ou ajoutez-les un par un, en commençant par le premier de la file :",
    ),
    ("CustomersStep", "Family name *"): ("Nachname *", "Nom *"),
    ("CustomersStep", "Given name"): ("Vorname", "Prénom"),
    ("CustomersStep", "E-mail"): ("E-Mail", "E-mail"),
    ("CustomersStep", "Phone"): ("Telefon", "Téléphone"),
    ("CustomersStep", "Deposit"): ("Anzahlung", "Acompte"),
    ("CustomersStep", "Add to the waitlist"): (
        "Auf die Warteliste setzen",
        "Ajouter à la liste d’attente",
    ),
    ("CustomersStep", "<b>Your customers.</b> Set up the dealership and the program first."): (
        "<b>Ihre Kunden.</b> Richten Sie zuerst das Autohaus und das Programm ein.",
        "<b>Vos clients.</b> Configurez d’abord la concession et le programme.",
    ),
    (
        "CustomersStep",
        "<b>Your customers.</b> Everyone waiting for the {program} at {dealer}, in queue order. "
        "Deposits in {currency}.",
    ): (
        "<b>Ihre Kunden.</b> Alle, die bei {dealer} auf {program} warten, in der Reihenfolge "
        "der Warteliste. Anzahlungen in {currency}.",
        "<b>Vos clients.</b> Tous ceux qui attendent {program} chez {dealer}, dans l’ordre de "
        "la file. Acomptes en {currency}.",
    ),
    ("CustomersStep", "note: {warning}"): ("Hinweis: {warning}", "remarque : {warning}"),
}
