import ArgumentParser

/// Options that fix the simulated data: the seed and the moment taken as "now".
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulated data.")
    var seed: UInt64 = 42

    @Option(
        help: ArgumentHelp(
            "Pretend it is this moment: YYYY-MM-DD (noon UTC) or YYYY-MM-DDTHH:MM:SSZ.", valueName: "date"))
    var now: NowOption?
}
