package org.chokepoint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into messages for people: bad arguments and bad input print what was wrong and how
 * to fix it on stderr with a non-zero exit code; only a real bug prints a stack trace.
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
        if (ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException
                || ex instanceof java.io.UncheckedIOException) {
            err.println(commandLine.getColorScheme().errorText("error: " + ex.getMessage()));
            return INVALID_INPUT;
        }
        err.println("error: an unexpected failure; please report it with the command you ran.");
        ex.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
