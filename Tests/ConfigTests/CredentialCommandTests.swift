import Config
import Foundation
import Providers
import Testing

/// `*_command` and `*_env` credentials: the first line is the secret, control characters are
/// refused, a command that hangs or leaves a child holding its output is stopped, and no
/// message shows the value, the command's arguments or its output.
@Suite("Credential sources")
struct CredentialCommandTests {
    func resolveError(_ source: CredentialSource, environment: [String: String] = [:], timeout: Duration = .seconds(5))
        -> String?
    {
        do {
            _ = try source.resolve("token", environment: environment, commandTimeout: timeout)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: [
        ("printf 'p4ss\\nurl: example.net\\nlogin: me\\n'", "p4ss"),
        ("printf 'p4ss\\r\\nsecond\\r\\n'", "p4ss"),
        ("printf '  p4ss  \\n'", "p4ss"),
        ("printf 'p4ss'", "p4ss"),
    ])
    func theFirstLineOfACommandIsTheSecret(command: String, expected: String) throws {
        #expect(try CredentialSource.command(command).resolve().reveal() == expected)
    }

    @Test(arguments: [
        ("printf 'ab\\033[2Jc\\n'", "the token from token_command contains a control character"),
        ("printf 'ab\\000c\\n'", "the token from token_command contains a control character"),
        ("printf '\\nsecond\\n'", "token_command (printf) printed an empty first line"),
        ("true", "token_command (true) printed nothing"),
        ("printf 'ab\\377\\n'", "the token from token_command is not UTF-8 text"),
    ])
    func aBadOutputIsNamedWithoutShowingIt(command: String, expected: String) {
        let message = resolveError(.command(command))
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "")")
        #expect(message?.contains("ab") == false)
    }

    @Test(arguments: [
        "mysql_config_editor --password=hunter2 print; exit 3",
        "PASSWORD=hunter2 sh -c 'exit 3'",
        "sh -c 'echo hunter2 >&2; echo hunter2; exit 3'",
    ])
    func aFailingCommandIsNamedByItsFirstWordAndStatusOnly(command: String) {
        let message = resolveError(.command(command))
        #expect(message?.contains("failed with exit status") == true, "\(message ?? "")")
        #expect(message?.contains("hunter2") == false, "\(message ?? "")")
        #expect(message?.contains("--password") == false, "\(message ?? "")")
        #expect(CredentialSource.command(command).description.contains("hunter2") == false)
    }

    @Test func theFailingCommandsWordAndStatusAreGiven() {
        #expect(resolveError(.command("false --token hunter2")) == "token_command (false) failed with exit status 1")
        #expect(resolveError(.command("A=1 B=hunter2 false")) == "token_command (false) failed with exit status 1")
        #expect(resolveError(.command("kill -9 $$")) == "token_command (kill) was killed by signal 9")
    }

    @Test(.timeLimit(.minutes(1)))
    func aCommandThatNeverEndsIsStoppedAtItsTimeout() {
        let message = resolveError(.command("sleep 1000"), timeout: .milliseconds(200))
        #expect(message == "token_command (sleep) did not finish within 0.2 s and was stopped")
    }

    @Test(.timeLimit(.minutes(1)))
    func aChildHoldingTheOutputDoesNotKeepTheCallerWaiting() throws {
        // The background sleep inherits standard output and would hold it open for ever.
        let secret = try CredentialSource.command("printf 'p4ss\\n'; sleep 1000 &").resolve(
            commandTimeout: .seconds(20))
        #expect(secret.reveal() == "p4ss")
    }

    @Test(.timeLimit(.minutes(1)))
    func aHangingCommandsChildrenAreStoppedToo() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: marker) }
        // The grandchild would write the marker after the timeout, unless it was stopped with its parent.
        let message = resolveError(
            .command("(sleep 1; echo late > '\(marker)') & sleep 1000"), timeout: .milliseconds(200))
        #expect(message?.hasSuffix("was stopped") == true)
        let finished = try CredentialSource.command("sleep 2; printf done").resolve(commandTimeout: .seconds(20))
        #expect(finished.reveal() == "done")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func anEnvironmentVariableWithAControlCharacterIsRefused() {
        let message = resolveError(.environment("TOKEN_X"), environment: ["TOKEN_X": "hunter2\r\nX-Evil: 1"])
        #expect(
            message == "the token from token_env (TOKEN_X) contains a control character; no HTTP header may carry one")
        #expect(
            resolveError(.environment("TOKEN_X"), environment: [:])
                == "token_env: environment variable TOKEN_X is not set (export it, or use token_command)")
        #expect(resolveError(.environment("TOKEN_X"), environment: ["TOKEN_X": " \n"])?.contains("is blank") == true)
    }

    @Test func otherCredentialsAreNamedByTheirKey() {
        do {
            _ = try CredentialSource.command("printf 'k\\033\\n'").resolve("key_id")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("the key id from key_id_command contains a control character"))
        }
    }
}
