"""Translations of adding and editing a waitlist entry, and of the entry's detail pane."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("AddEntryDialog", "Add a customer to a waitlist"): (
        "Kunden auf eine Warteliste setzen", "Ajouter un client à une liste d’attente"
    ),
    ("AddEntryDialog", "As the letters greet the customer: Dear Ms Byrne"): (
        "So begrüßen die Briefe den Kunden: Sehr geehrte Frau Byrne",
        "Ainsi les lettres saluent le client : Madame",
    ),
    ("AddEntryDialog", "Refundable"): ("Erstattbar", "Remboursable"),
    ("AddEntryDialog", "Colour, gearbox, options"): ("Farbe, Getriebe, Extras", "Couleur, boîte, options"),
    ("AddEntryDialog", "end of the queue"): ("Ende der Warteliste", "fin de la file"),
    ("AddEntryDialog", "Required when placing ahead of others"): (
        "Pflicht, wenn der Kunde vor andere gesetzt wird", "Obligatoire pour passer devant d’autres"
    ),
    ("AddEntryDialog", "Dealer"): ("Händler", "Concessionnaire"),
    ("AddEntryDialog", "Program"): ("Programm", "Programme"),
    ("AddEntryDialog", "Title"): ("Anrede", "Civilité"),
    ("AddEntryDialog", "Family name"): ("Nachname", "Nom"),
    ("AddEntryDialog", "Given name"): ("Vorname", "Prénom"),
    ("AddEntryDialog", "Company"): ("Firma", "Société"),
    ("AddEntryDialog", "E-mail"): ("E-Mail", "E-mail"),
    ("AddEntryDialog", "Phone"): ("Telefon", "Téléphone"),
    ("AddEntryDialog", "Street"): ("Straße", "Rue"),
    ("AddEntryDialog", "Postal code"): ("Postleitzahl", "Code postal"),
    ("AddEntryDialog", "City"): ("Ort", "Ville"),
    ("AddEntryDialog", "State / region"): ("Bundesland / Region", "État / région"),
    ("AddEntryDialog", "Country"): ("Land", "Pays"),
    ("AddEntryDialog", "Deposit"): ("Anzahlung", "Acompte"),
    ("AddEntryDialog", "Currency"): ("Währung", "Devise"),
    ("AddEntryDialog", "Paid by"): ("Bezahlt per", "Payé par"),
    ("AddEntryDialog", "Refund terms"): ("Erstattungsbedingungen", "Conditions de remboursement"),
    ("AddEntryDialog", "Specification"): ("Ausstattung", "Configuration"),
    ("AddEntryDialog", "Joined"): ("Eingetragen am", "Inscrit le"),
    ("AddEntryDialog", "Position"): ("Platz", "Place"),
    ("AddEntryDialog", "Reason"): ("Grund", "Motif"),
    ("AddEntryDialog", "No letter can be sent until the street and city are given."): (
        "Ein Brief ist erst möglich, wenn Straße und Ort angegeben sind.",
        "Aucune lettre ne peut partir tant que la rue et la ville manquent.",
    ),
    ("AddEntryDialog", "No letter can be sent until the street is given."): (
        "Ein Brief ist erst möglich, wenn die Straße angegeben ist.",
        "Aucune lettre ne peut partir tant que la rue manque.",
    ),
    ("AddEntryDialog", "No letter can be sent until the city is given."): (
        "Ein Brief ist erst möglich, wenn der Ort angegeben ist.",
        "Aucune lettre ne peut partir tant que la ville manque.",
    ),
    ("AddEntryDialog", "For a letter: {problem}."): ("Für einen Brief: {problem}.", "Pour une lettre : {problem}."),
    ("AddEntryDialog", "Give the customer's family name or a company name."): (
        "Geben Sie den Nachnamen des Kunden oder einen Firmennamen an.",
        "Indiquez le nom du client ou celui d’une société.",
    ),
    ("AddEntryDialog", "The deposit cannot be negative."): (
        "Die Anzahlung kann nicht negativ sein.", "L’acompte ne peut pas être négatif."
    ),
    ("AddEntryDialog", "The deposit is not valid: {problem}."): (
        "Die Anzahlung ist ungültig: {problem}.", "L’acompte n’est pas valable : {problem}."
    ),
    ("AddEntryDialog", "The e-mail address does not look complete."): (
        "Die E-Mail-Adresse scheint unvollständig.", "L’adresse e-mail semble incomplète."
    ),
    ("AddEntryDialog", "Say why this customer goes ahead of others (the reason is kept)."): (
        "Sagen Sie, warum dieser Kunde vor andere kommt (der Grund wird festgehalten).",
        "Dites pourquoi ce client passe devant d’autres (le motif est conservé).",
    ),
    ("AddEntryDialog", "Choose a dealer."): ("Wählen Sie einen Händler.", "Choisissez un concessionnaire."),
    ("EditEntryDialog", "Edit {customer}'s entry"): (
        "Eintrag von {customer} bearbeiten", "Modifier la réservation de {customer}"
    ),
    ("EditEntryDialog", "Specification"): ("Ausstattung", "Configuration"),
    ("EditEntryDialog", "Refund terms"): ("Erstattungsbedingungen", "Conditions de remboursement"),
    ("EditEntryDialog", "Notes"): ("Notizen", "Notes"),
    ("EditEntryDialog", "Nothing has changed yet."): ("Noch nichts geändert.", "Rien n’a encore changé."),
    ("EditEntryDialog", "The refund terms are too long for a letter (2,000 characters)."): (
        "Die Erstattungsbedingungen sind zu lang für einen Brief (2.000 Zeichen).",
        "Les conditions de remboursement sont trop longues pour une lettre (2 000 caractères).",
    ),
    ("EntryView", "refundable"): ("erstattbar", "remboursable"),
    ("EntryView", "not refundable"): ("nicht erstattbar", "non remboursable"),
    ("EntryView", "method not noted"): ("Zahlungsart nicht erfasst", "mode de paiement non noté"),
    ("EntryView", "none"): ("keine", "aucun"),
    ("EntryView", "Entry"): ("Eintrag", "Réservation"),
    ("EntryView", "Dealer"): ("Händler", "Concessionnaire"),
    ("EntryView", "Market"): ("Markt", "Marché"),
    ("EntryView", "Program"): ("Programm", "Programme"),
    ("EntryView", "Status"): ("Status", "Statut"),
    ("EntryView", "Position"): ("Platz", "Place"),
    ("EntryView", "Joined"): ("Eingetragen am", "Inscrit le"),
    ("EntryView", "Deposit"): ("Anzahlung", "Acompte"),
    ("EntryView", "Paid on"): ("Bezahlt am", "Versé le"),
    ("EntryView", "Refunded on"): ("Erstattet am", "Remboursé le"),
    ("EntryView", "Refund terms"): ("Erstattungsbedingungen", "Conditions de remboursement"),
    ("EntryView", "Specification"): ("Ausstattung", "Configuration"),
    ("EntryView", "Notes"): ("Notizen", "Notes"),
    ("EntryView", "Position history"): ("Verlauf des Platzes", "Historique de la place"),
}

TRANSLATIONS.update(
    {
        ("Value", "covered"): ("gedeckt", "couvert"),
        ("Value", "pending"): ("ausstehend", "en suspens"),
        ("Value", "unservable"): ("nicht bedienbar", "non servable"),
        ("Value", "waiting"): ("wartend", "en attente"),
        ("Value", "assigned"): ("zugeteilt", "affecté"),
        ("Value", "ordered"): ("bestellt", "commandé"),
        ("Value", "delivered"): ("ausgeliefert", "livré"),
        ("Value", "cancelled"): ("storniert", "annulé"),
        ("Value", "refunded"): ("erstattet", "remboursé"),
        ("Value", "open"): ("offen", "ouvert"),
        ("Value", "closed"): ("geschlossen", "fermé"),
        ("Value", "filled"): ("ausgeschöpft", "complet"),
        ("Value", "closed and filled"): ("geschlossen und ausgeschöpft", "fermé et complet"),
        ("Value", "official"): ("offiziell", "officielle"),
        ("Value", "rumor"): ("Gerücht", "rumeur"),
        ("Value", "imported"): ("importiert", "importée"),
        ("Value", "applied"): ("angewendet", "appliquée"),
        ("Value", "reverted"): ("zurückgenommen", "annulée"),
        ("Value", "dismissed"): ("verworfen", "écartée"),
    }
)

TRANSLATIONS.update(
    {
        ("Value", "Entered"): ("Erfasst", "Enregistrée"),
        ("Value", "Scheduled"): ("Eingeplant", "Planifiée"),
        ("Value", "In production"): ("In Produktion", "En production"),
        ("Value", "Built"): ("Gebaut", "Construite"),
        ("Value", "In transit"): ("Unterwegs", "En route"),
        ("Value", "At dealer"): ("Beim Händler", "Chez le concessionnaire"),
        ("Value", "Delivered"): ("Ausgeliefert", "Livrée"),
        ("Value", "Cancelled"): ("Storniert", "Annulée"),
        ("Value", "On hold"): ("Angehalten", "Suspendue"),
        ("Value", "Your dealership"): ("Ihr Autohaus", "Votre concession"),
        ("Value", "The car you sell by allocation"): (
            "Das Auto, das Sie nach Kontingent verkaufen", "La voiture que vous vendez sur attribution"
        ),
        ("Value", "Its allocation"): ("Sein Kontingent", "Son attribution"),
        ("Value", "Your customers"): ("Ihre Kunden", "Vos clients"),
    }
)
