package org.untoc.examples.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code untoc completion bash|zsh}: prints a script that completes untoc's commands and options. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a script that completes untoc's commands, options and their values in bash or zsh.",
    footer = {"", "Load it in the shell with", "  source <(untoc completion bash)",
        "or in zsh with", "  source <(untoc completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for; one script serves both. */
  enum Shell {
    bash,
    zsh
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("untoc", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return UntocCommand.OK;
  }
}
