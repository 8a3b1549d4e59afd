import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Entry point of the built-in provider simulator: an in-process HTTP server on loopback that
/// imitates the providers' billing APIs with deterministic data.
public enum Simulator {
    /// Starts the server in-process and returns once it is listening.
    ///
    /// Throws ``SimulatorError/portInUse(_:)`` when the port is taken, and other
    /// ``SimulatorError`` cases for other start failures. Call ``RunningSimulator/stop()`` to
    /// shut it down.
    public static func start(_ configuration: SimulatorConfiguration) async throws -> RunningSimulator {
        guard (0...65_535).contains(configuration.port) else {
            throw SimulatorError.invalidConfiguration("port \(configuration.port) is outside 0...65535")
        }
        let selectel = SelectelDataset(
            seed: configuration.seed, now: configuration.now,
            extraKeys: configuration.variations.contains(.selectelExtraKeys))
        let cloudRu = CloudRuDataset(seed: configuration.seed, now: configuration.now)
        let seeweb = SeewebDataset(seed: configuration.seed, now: configuration.now)
        let f5 = F5Dataset(seed: configuration.seed, now: configuration.now)
        let onApp = OnAppDataset(seed: configuration.seed, now: configuration.now)
        let variations = configuration.variations
        var cloudRuRoutes = CloudRuRoutes(dataset: cloudRu, tokenLifetime: configuration.cloudRuTokenLifetime)
        cloudRuRoutes.variations = variations
        var f5Routes = F5Routes(dataset: f5)
        f5Routes.variations = variations
        let providers: [any SimulatedProvider] = [
            SelectelRoutes(dataset: selectel, variations: variations),
            cloudRuRoutes,
            SeewebRoutes(dataset: seeweb, variations: variations),
            f5Routes,
            OnAppRoutes(dataset: onApp, variations: variations),
        ]
        let logger = Logger(label: "costscope.simulator") { _ in SwiftLogNoOpLogHandler() }

        let (events, eventSink) = AsyncStream.makeStream(of: StartupEvent.self)
        let application = Application(
            router: makeRouter(
                providers: providers, latency: configuration.latency,
                faults: FaultDice(faults: configuration.faults, seed: configuration.seed)),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "costscope-simulator"
            ),
            onServerRunning: { channel in
                eventSink.yield(.listening(port: channel.localAddress?.port ?? configuration.port))
            },
            logger: logger
        )
        let serviceGroup = ServiceGroup(services: [application], logger: logger)
        let serverTask = Task {
            do {
                try await serviceGroup.run()
                eventSink.yield(.finished(failure: nil))
            } catch {
                eventSink.yield(.finished(failure: error))
            }
            eventSink.finish()
        }

        for await event in events {
            switch event {
            case .listening(let port):
                return RunningSimulator(
                    port: port,
                    configuration: configuration,
                    selectel: selectel,
                    cloudRu: cloudRu,
                    providers: providers,
                    serviceGroup: serviceGroup,
                    serverTask: serverTask,
                    seeweb: seeweb,
                    f5: f5,
                    onApp: onApp
                )
            case .finished(let failure):
                throw startError(failure, configuration: configuration)
            }
        }
        throw SimulatorError.startFailed("the server stopped before it started listening")
    }

    /// The shared router: latency first, then injected faults, then JSON 404s, then every
    /// provider's endpoints.
    private static func makeRouter(
        providers: [any SimulatedProvider],
        latency: Duration,
        faults: FaultDice
    ) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LatencyMiddleware(latency: latency))
        router.add(middleware: FaultMiddleware(dice: faults, providers: providers))
        router.add(middleware: NotFoundMiddleware())
        for provider in providers {
            provider.addRoutes(to: router)
        }
        return router
    }

    /// Maps a failure of the server task to a ``SimulatorError`` with a human message.
    private static func startError(_ failure: (any Error)?, configuration: SimulatorConfiguration) -> SimulatorError {
        guard let failure else {
            return .startFailed("the server stopped before it started listening")
        }
        if let ioError = failure as? IOError {
            switch ioError.errnoCode {
            case EADDRINUSE:
                return .portInUse(configuration.port)
            case EACCES:
                return .startFailed("no permission to listen on port \(configuration.port)")
            case EADDRNOTAVAIL:
                return .startFailed("\(configuration.host) is not an address of this machine")
            default:
                break
            }
        }
        return .startFailed("cannot listen on \(configuration.host):\(configuration.port) (\(failure))")
    }
}
