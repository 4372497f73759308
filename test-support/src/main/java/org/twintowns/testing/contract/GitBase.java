package org.twintowns.testing.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The revision a branch's contracts are measured against, and the files as they were there. By
 * default the commit where the branch left main ({@code git merge-base HEAD main}, or
 * {@code origin/main} in a clone without a local main); on main itself (or a detached HEAD at
 * main's tip), the commit before ({@code HEAD^}), so a change committed to main is measured too. {@code -Dcontracts.base=<rev>}
 * or {@code TT_CONTRACT_BASE=<rev>} names another revision.
 */
public final class GitBase {

    private final Path repository;
    private final String revision;

    private GitBase(Path repository, String revision) {
        this.repository = repository;
        this.revision = revision;
    }

    /** The base revision of the repository around {@code directory}; empty (with the reason in {@code why}) when none can be found. */
    public static Optional<GitBase> find(Path directory, StringBuilder why) {
        Optional<String> top = git(directory, "rev-parse", "--show-toplevel");
        if (top.isEmpty()) {
            why.append("not a git checkout (or git is not installed)");
            return Optional.empty();
        }
        Path repository = Path.of(top.get());
        String asked = System.getProperty("contracts.base", System.getenv("TT_CONTRACT_BASE"));
        if (asked != null && !asked.isBlank()) {
            Optional<String> commit = commit(repository, asked.strip());
            if (commit.isEmpty()) {
                why.append("the base revision ").append(asked).append(" does not exist here");
                return Optional.empty();
            }
            return Optional.of(new GitBase(repository, commit.get()));
        }
        Optional<String> main = commit(repository, "main").or(() -> commit(repository, "origin/main"));
        Optional<String> head = commit(repository, "HEAD");
        if (main.isEmpty() || head.isEmpty()) {
            why.append("neither main nor origin/main exists here; name a base with -Dcontracts.base or TT_CONTRACT_BASE");
            return Optional.empty();
        }
        // On main itself (checked out, or a detached HEAD at its tip as in CI) the last commit is measured.
        Optional<String> branch = git(repository, "symbolic-ref", "--quiet", "--short", "HEAD");
        boolean onMain = branch.map(name -> name.equals("main")).orElse(head.get().equals(main.get()));
        if (onMain) {
            Optional<String> parent = commit(repository, "HEAD^");
            if (parent.isEmpty()) {
                why.append("HEAD is on main and has no parent to compare with");
                return Optional.empty();
            }
            return Optional.of(new GitBase(repository, parent.get()));
        }
        Optional<String> mergeBase = git(repository, "merge-base", head.get(), main.get());
        if (mergeBase.isEmpty()) {
            why.append("HEAD has no common history with main");
            return Optional.empty();
        }
        return Optional.of(new GitBase(repository, mergeBase.get()));
    }

    /** The path of a file or directory relative to the repository, as git names it. */
    public String pathOf(Path file) {
        return repository.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The commit measured against. */
    public String revision() {
        return revision;
    }

    /** A file as it was at the base revision (path relative to the repository); empty when it did not exist. */
    public Optional<String> file(String path) {
        return git(repository, "show", revision + ":" + path);
    }

    private static Optional<String> commit(Path repository, String name) {
        return git(repository, "rev-parse", "--verify", "--quiet", name + "^{commit}");
    }

    private static Optional<String> git(Path directory, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            // git show keeps the file as it is; the others answer one line.
            return Optional.of(arguments[0].equals("show") ? out : out.strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
