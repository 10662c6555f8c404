package org.chokepoint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into messages for people: bad arguments and bad input print what was wrong and how
 * to fix it on stderr with a non-zero exit code. No stack trace is printed, not even for a bug,
 * unless {@code --debug} asks for it.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Exit code for invalid input (a bad value, an unknown name, a malformed file). */
    static final int INVALID_INPUT = 1;
    /** Exit code for a failure that is a bug in Chokepoint. */
    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText("error: " + ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = debug(parseResult);
        if (ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException
                || ex instanceof java.io.UncheckedIOException) {
            err.println(commandLine.getColorScheme().errorText("error: " + ex.getMessage()));
            if (debug) {
                ex.printStackTrace(err);
            }
            return INVALID_INPUT;
        }
        err.println("error: an unexpected failure (" + ex + "); please report it with the command you ran"
                + (debug ? "." : ", and run it again with --debug for the details."));
        if (debug) {
            ex.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /** Whether {@code --debug} was given, on the command or any of its subcommands. */
    private static boolean debug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
