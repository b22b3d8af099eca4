"""Starting up and Help > About: what a built copy says about itself."""

TRANSLATIONS = {
    ("Start", "dealerapp is incomplete"): ("dealerapp ist unvollständig", "dealerapp est incomplet"),
    (
        "Start",
        "Files that come with dealerapp are missing, so it cannot start:\n\n{files}"
        "\n\nInstall dealerapp again.",
    ): (
        "Dateien, die zu dealerapp gehören, fehlen, deshalb kann es nicht starten:\n\n{files}"
        "\n\nInstallieren Sie dealerapp bitte erneut.",
        "Des fichiers livrés avec dealerapp manquent ; il ne peut pas démarrer :\n\n{files}"
        "\n\nInstallez dealerapp de nouveau.",
    ),
    ("MainWindow", "Built on {date} for {system}."): (
        "Erstellt am {date} für {system}.",
        "Construit le {date} pour {system}.",
    ),
    ("MainWindow", "Running from an installed Python package, not a built copy."): (
        "Läuft aus einem installierten Python-Paket, nicht aus einer erstellten Fassung.",
        "Exécuté depuis un paquet Python installé, pas depuis une version construite.",
    ),
}
