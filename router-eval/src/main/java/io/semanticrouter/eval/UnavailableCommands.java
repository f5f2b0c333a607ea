package io.semanticrouter.eval;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Subcommands whose detectors or routers are not in this build yet (they come with the signals issue). Their
 * options are fixed now so scripts can be written against them; running one exits 2.
 */
final class UnavailableCommands {

    private UnavailableCommands() {
    }

    abstract static class Unavailable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "write the summary object here")
        Path json;

        @Option(names = "--embedder", description = EmbedderOption.HELP)
        String embedder;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("router-eval " + spec.name() + ": not available in this build"
                    + " (it needs the " + needs() + ", which is not part of the library yet)");
            return RouterEval.BAD_INPUT;
        }

        abstract String needs();
    }

    @Command(name = "cost-quality", mixinStandardHelpOptions = true,
            description = "APGR and CPT of the strong/weak router on RouteLLM-style CSVs (not available in this build).")
    static final class CostQuality extends Unavailable {
        @Option(names = "--responses", required = true, description = "directory of RouteLLM response CSVs")
        Path responses;

        @Override
        String needs() {
            return "learned strong/weak router";
        }
    }
}
