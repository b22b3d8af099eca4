"""Translations of the ledger and its dialogs (Allocations), of Orders and of Audit."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    # -- Allocations ---------------------------------------------------------------------
    ("AllocationsPage", "Ledger"): ("Kontingentbuch", "Registre"),
    ("AllocationsPage", "Grant units…"): ("Fahrzeuge zuteilen…", "Attribuer des véhicules…"),
    ("AllocationsPage", "Cut units…"): ("Fahrzeuge streichen…", "Retirer des véhicules…"),
    ("AllocationsPage", "Transfer…"): ("Übertragen…", "Transférer…"),
    ("AllocationsPage", "Close market…"): ("Markt schließen…", "Fermer le marché…"),
    ("AllocationsPage", "Declare filled…"): (
        "Als ausgeschöpft kennzeichnen…",
        "Déclarer épuisé…",
    ),
    ("AllocationsPage", "Reopen…"): ("Wieder öffnen…", "Rouvrir…"),
    ("AllocationsPage", "{market} (national share and all dealers)"): (
        "{market} (nationaler Anteil und alle Händler)",
        "{market} (part nationale et tous les concessionnaires)",
    ),
    ("AllocationsPage", "Ledger: {holder}"): ("Kontingentbuch: {holder}", "Registre : {holder}"),
    ("AllocationsPage", "dealer {dealer}"): ("Händler {dealer}", "concessionnaire {dealer}"),
    ("AllocationsPage", "the {market} national share"): (
        "nationaler Anteil von {market}",
        "la part nationale de {market}",
    ),
    ("AllocationsPage", "Grant units"): ("Fahrzeuge zuteilen", "Attribuer des véhicules"),
    ("AllocationsPage", "Cut units"): ("Fahrzeuge streichen", "Retirer des véhicules"),
    ("AllocationsPage", "Units not changed (Grant)"): (
        "Fahrzeuge nicht geändert (Zuteilung)",
        "Véhicules non modifiés (attribution)",
    ),
    ("AllocationsPage", "Units not changed (Cut)"): (
        "Fahrzeuge nicht geändert (Streichung)",
        "Véhicules non modifiés (retrait)",
    ),
    ("AllocationsPage", "Transferring units"): (
        "Fahrzeuge werden übertragen",
        "Transfert des véhicules",
    ),
    ("AllocationsPage", "Units not transferred"): (
        "Fahrzeuge nicht übertragen",
        "Véhicules non transférés",
    ),
    ("AllocationsPage", "Close market"): ("Markt schließen", "Fermer le marché"),
    ("AllocationsPage", "No more units will be built for {market}."): (
        "Für {market} werden keine Fahrzeuge mehr gebaut.",
        "Plus aucun véhicule ne sera produit pour {market}.",
    ),
    ("AllocationsPage", "Declare filled"): ("Als ausgeschöpft kennzeichnen", "Déclarer épuisé"),
    ("AllocationsPage", "{market}'s allocations are all filled."): (
        "Die Kontingente für {market} sind alle ausgeschöpft.",
        "Les attributions de {market} sont toutes épuisées.",
    ),
    ("AllocationsPage", "Reopen market"): ("Markt wieder öffnen", "Rouvrir le marché"),
    ("AllocationsPage", "{market} is served again."): (
        "{market} wird wieder beliefert.",
        "{market} est de nouveau approvisionné.",
    ),
    (
        "AllocationsPage",
        "Waiting customers beyond the free units become unservable when a market is closed or "
        "filled.",
    ): (
        "Wird ein Markt geschlossen oder als ausgeschöpft gekennzeichnet, können wartende Kunden "
        "über die freien Fahrzeuge hinaus nicht mehr bedient werden.",
        "Lorsqu’un marché est fermé ou épuisé, les clients en attente au-delà des véhicules "
        "libres ne peuvent plus être servis.",
    ),
    ("AllocationsPage", "{action}: not done"): (
        "{action}: nicht ausgeführt",
        "{action} : non effectué",
    ),
    # -- The ledger dialogs --------------------------------------------------------------
    ("_LedgerDialog", "Why (kept in the ledger and the audit log)"): (
        "Warum (wird im Kontingentbuch und im Protokoll festgehalten)",
        "Pourquoi (conservé dans le registre et le journal)",
    ),
    ("_LedgerDialog", "Reason"): ("Grund", "Motif"),
    ("_LedgerDialog", "A reason is required."): (
        "Ein Grund ist erforderlich.",
        "Un motif est obligatoire.",
    ),
    ("UnitsDialog", "Grant units"): ("Fahrzeuge zuteilen", "Attribuer des véhicules"),
    ("UnitsDialog", "Cut units"): ("Fahrzeuge streichen", "Retirer des véhicules"),
    ("UnitsDialog", "For"): ("Für", "Pour"),
    ("UnitsDialog", "Units"): ("Fahrzeuge", "Véhicules"),
    ("UnitsDialog", "YYYY-MM, optional"): ("JJJJ-MM, optional", "AAAA-MM, facultatif"),
    ("UnitsDialog", "For month"): ("Für Monat", "Pour le mois"),
    ("UnitsDialog", "Give at least 1 unit."): (
        "Geben Sie mindestens 1 Fahrzeug an.",
        "Indiquez au moins 1 véhicule.",
    ),
    ("TransferDialog", "Transfer units"): ("Fahrzeuge übertragen", "Transférer des véhicules"),
    ("TransferDialog", "From"): ("Von", "De"),
    ("TransferDialog", "To"): ("An", "À"),
    ("TransferDialog", "Units"): ("Fahrzeuge", "Véhicules"),
    ("TransferDialog", "Give at least 1 unit."): (
        "Geben Sie mindestens 1 Fahrzeug an.",
        "Indiquez au moins 1 véhicule.",
    ),
    ("TransferDialog", "There is no other dealer in this market."): (
        "In diesem Markt gibt es keinen anderen Händler.",
        "Il n’y a pas d’autre concessionnaire sur ce marché.",
    ),
    # -- Orders --------------------------------------------------------------------------
    ("OrdersPage", "Find an order, customer, dealer or VIN…"): (
        "Bestellung, Kunde, Händler oder FIN suchen…",
        "Chercher une commande, un client, un concessionnaire ou un VIN…",
    ),
    ("OrdersPage", "Change status…"): ("Status ändern…", "Modifier l’état…"),
    ("OrdersPage", "VIN, ETA, specification…"): (
        "FIN, Ankunft, Ausstattung…",
        "VIN, arrivée, configuration…",
    ),
    ("OrdersPage", "Order status letter…"): (
        "Brief zum Bestellstatus…",
        "Lettre sur l’état de la commande…",
    ),
    ("OrdersPage", "Import status file…"): (
        "Statusdatei importieren…",
        "Importer un fichier d’états…",
    ),
    ("OrdersPage", "All orders ({count})"): (
        "Alle Bestellungen ({count})",
        "Toutes les commandes ({count})",
    ),
    ("OrdersPage", "Choose an order to see its history."): (
        "Wählen Sie eine Bestellung, um ihren Verlauf zu sehen.",
        "Choisissez une commande pour voir son historique.",
    ),
    ("OrdersPage", "Order {number}"): ("Bestellung {number}", "Commande {number}"),
    ("OrdersPage", "entry {id}"): ("Eintrag {id}", "réservation {id}"),
    ("OrdersPage", "{stage} since {date}"): ("{stage} seit {date}", "{stage} depuis le {date}"),
    ("OrdersPage", "VIN {vin}"): ("FIN {vin}", "VIN {vin}"),
    ("OrdersPage", "Production week {week}"): (
        "Produktionswoche {week}",
        "Semaine de production {week}",
    ),
    ("OrdersPage", "ETA {eta}"): ("Voraussichtliche Ankunft {eta}", "Arrivée prévue {eta}"),
    ("OrdersPage", "Specification (locked)"): (
        "Ausstattung (gesperrt)",
        "Configuration (verrouillée)",
    ),
    ("OrdersPage", "Specification"): ("Ausstattung", "Configuration"),
    ("OrdersPage", "Timeline"): ("Verlauf", "Chronologie"),
    ("OrdersPage", "Changing the order status…"): (
        "Bestellstatus wird geändert…",
        "Modification de l’état de la commande…",
    ),
    ("OrdersPage", "Order status"): ("Bestellstatus", "État de la commande"),
    ("OrdersPage", "Saving the order…"): (
        "Bestellung wird gespeichert…",
        "Enregistrement de la commande…",
    ),
    ("OrdersPage", "Order details"): ("Bestelldetails", "Détails de la commande"),
    ("StatusDialog", "Status of order {number}"): (
        "Status der Bestellung {number}",
        "État de la commande {number}",
    ),
    ("StatusDialog", "New status"): ("Neuer Status", "Nouvel état"),
    ("StatusDialog", "As of"): ("Gültig ab", "En date du"),
    ("DetailsDialog", "Order {number}"): ("Bestellung {number}", "Commande {number}"),
    ("DetailsDialog", "YYYY-MM-DD"): ("JJJJ-MM-TT", "AAAA-MM-JJ"),
    ("DetailsDialog", "{code} ({label}) locks the specification: it can no longer change."): (
        "{code} ({label}) sperrt die Ausstattung: sie kann nicht mehr geändert werden.",
        "{code} ({label}) verrouille la configuration : elle ne peut plus être modifiée.",
    ),
    ("DetailsDialog", "VIN"): ("FIN", "VIN"),
    ("DetailsDialog", "Production week"): ("Produktionswoche", "Semaine de production"),
    ("DetailsDialog", "ETA"): ("Voraussichtliche Ankunft", "Arrivée prévue"),
    ("DetailsDialog", "Specification"): ("Ausstattung", "Configuration"),
    ("DetailsDialog", "Write the date as YYYY-MM-DD, e.g. 2011-08-02"): (
        "Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 2011-08-02",
        "Saisissez la date au format AAAA-MM-JJ, par ex. 2011-08-02",
    ),
    # -- Audit ---------------------------------------------------------------------------
    ("AuditPage", "Words in the summary…"): (
        "Wörter in der Zusammenfassung…",
        "Mots du résumé…",
    ),
    ("AuditPage", "Since"): ("Seit", "Depuis"),
    ("AuditPage", "Who"): ("Wer", "Qui"),
    ("AuditPage", "What"): ("Was", "Quoi"),
    ("AuditPage", "Everyone"): ("Alle", "Tout le monde"),
    ("AuditPage", "Everything"): ("Alles", "Tout"),
    ("AuditPage", "{shown} of {total} changes shown (the newest {limit})"): (
        "{shown} von {total} Änderungen angezeigt (die neuesten {limit})",
        "{shown} modifications affichées sur {total} (les {limit} plus récentes)",
    ),
    ("AuditPage", "{shown} of {total} changes shown"): (
        "{shown} von {total} Änderungen angezeigt",
        "{shown} modifications affichées sur {total}",
    ),
}
