package dev.vpclab.shell.fs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A machine's files as an immutable value: every change returns a new {@code FileSystem} and leaves
 * this one as it was, so a session can keep snapshots for undo. Paths given to it are absolute
 * ({@link Paths#resolve} makes them so) and may hold {@code .} and {@code ..}, which are followed
 * through the directories as the kernel follows them. Permissions are checked for the {@link
 * Principal} asking; failures are {@link Errno} values, never exceptions.
 */
public record FileSystem(Directory root, Format format) {
  /** Mode of a file created with umask 022. */
  public static final int FILE_MODE = 0644;

  /** Mode of a directory created with umask 022. */
  public static final int DIRECTORY_MODE = 0755;

  /** A tree on an ext4 disk. */
  public FileSystem(Directory root) {
    this(root, Format.EXT4);
  }

  /** The same files on a disk of another format. */
  public FileSystem withFormat(Format newFormat) {
    return new FileSystem(root, newFormat);
  }

  /** An empty tree: only {@code /}, owned by root. */
  public static FileSystem empty(Instant now) {
    return new FileSystem(Directory.empty(new Metadata("root", "root", DIRECTORY_MODE, now)));
  }

  // ---------------------------------------------------------------- reading

  /** The node at {@code path}, ignoring permissions (for the simulator's own use). */
  public java.util.Optional<Node> find(String path) {
    FsResult<Located> located = locate(path, Principal.ROOT);
    return located.isOk()
        ? java.util.Optional.of(located.get().node())
        : java.util.Optional.empty();
  }

  /** The node at {@code path}, as {@code stat(2)} finds it for {@code who}. */
  public FsResult<Node> stat(String path, Principal who) {
    return locate(path, who).map(Located::node);
  }

  /** {@code path} with {@code .}, {@code ..} and repeated slashes resolved, if it exists. */
  public FsResult<String> canonical(String path, Principal who) {
    return locate(path, who).map(l -> Paths.join(l.names()));
  }

  /** The text of a file, as {@code cat} reads it. */
  public FsResult<String> read(String path, Principal who) {
    return locate(path, who)
        .flatMap(
            located -> {
              Node node = located.node();
              if (!who.may(node, 4)) {
                return FsResult.fail(Errno.EACCES);
              }
              if (node instanceof RegularFile file) {
                return FsResult.ok(file.content());
              }
              return FsResult.fail(Errno.EISDIR);
            });
  }

  /** A directory {@code who} may make the working directory, as {@code chdir(2)} checks. */
  public FsResult<Directory> enter(String path, Principal who) {
    return locate(path, who)
        .flatMap(
            located -> {
              if (!(located.node() instanceof Directory dir)) {
                return FsResult.fail(Errno.ENOTDIR);
              }
              return who.may(dir, 1) ? FsResult.ok(dir) : FsResult.fail(Errno.EACCES);
            });
  }

  /** A directory whose entries {@code who} may list. */
  public FsResult<Directory> list(String path, Principal who) {
    return locate(path, who)
        .flatMap(
            located -> {
              if (!(located.node() instanceof Directory dir)) {
                return FsResult.fail(Errno.ENOTDIR);
              }
              return who.may(dir, 4) ? FsResult.ok(dir) : FsResult.fail(Errno.EACCES);
            });
  }

  // ---------------------------------------------------------------- changing

  /**
   * Writes {@code text} to a file, replacing its content or, with {@code append}, adding to it. A
   * missing file is created with mode 644, owned by {@code who}.
   */
  public FsResult<FileSystem> write(
      String path, String text, boolean append, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              if (slot.existing() instanceof Directory) {
                return FsResult.fail(Errno.EISDIR);
              }
              if (slot.existing() instanceof RegularFile file) {
                if (!who.may(file, 2)) {
                  return FsResult.fail(Errno.EACCES);
                }
                String content = append ? file.content() + text : text;
                RegularFile changed =
                    file.withContent(content).withMeta(file.meta().withModified(now));
                return FsResult.ok(replace(slot, changed, null));
              }
              if (slot.trailingSlash()) {
                return FsResult.fail(Errno.EISDIR);
              }
              return create(slot, new RegularFile(newMeta(who, FILE_MODE, now), text), who, now);
            });
  }

  /** {@code touch}: creates an empty file, or sets the modification time of an existing node. */
  public FsResult<FileSystem> touch(String path, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              Node existing = slot.existing();
              if (existing != null) {
                if (!who.owns(existing) && !who.may(existing, 2)) {
                  return FsResult.fail(Errno.EACCES);
                }
                return FsResult.ok(
                    replace(slot, existing.withMeta(existing.meta().withModified(now)), null));
              }
              if (slot.trailingSlash()) {
                return FsResult.fail(Errno.ENOENT);
              }
              return create(slot, new RegularFile(newMeta(who, FILE_MODE, now), ""), who, now);
            });
  }

  /** {@code mkdir}: a new empty directory with mode 755. */
  public FsResult<FileSystem> mkdir(String path, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              if (slot.existing() != null) {
                return FsResult.fail(Errno.EEXIST);
              }
              return create(slot, Directory.empty(newMeta(who, DIRECTORY_MODE, now)), who, now);
            });
  }

  /**
   * Puts {@code node} at {@code path} as {@code cp} and {@code mv} do: a new entry, or in place of
   * an existing file (never of a directory).
   */
  public FsResult<FileSystem> place(String path, Node node, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              Node existing = slot.existing();
              if (existing instanceof Directory) {
                return FsResult.fail(Errno.EISDIR);
              }
              if (existing != null) {
                if (!who.may(slot.parent(), 3)) {
                  return FsResult.fail(Errno.EACCES);
                }
                return FsResult.ok(replace(slot, node, now));
              }
              return create(slot, node, who, now);
            });
  }

  /** {@code unlink(2)}: removes a file (not a directory). */
  public FsResult<FileSystem> unlink(String path, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              if (slot.existing() == null) {
                return FsResult.fail(Errno.ENOENT);
              }
              if (slot.existing() instanceof Directory) {
                return FsResult.fail(Errno.EISDIR);
              }
              return removeEntry(slot, who, now);
            });
  }

  /** {@code rmdir(2)}: removes an empty directory. */
  public FsResult<FileSystem> rmdir(String path, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              if (slot.existing() == null) {
                return FsResult.fail(Errno.ENOENT);
              }
              if (!(slot.existing() instanceof Directory dir)) {
                return FsResult.fail(Errno.ENOTDIR);
              }
              if (!dir.entries().isEmpty()) {
                return FsResult.fail(Errno.ENOTEMPTY);
              }
              if (slot.names().isEmpty()) {
                return FsResult.fail(Errno.EPERM);
              }
              return removeEntry(slot, who, now);
            });
  }

  /** Removes a file or a whole directory tree, as {@code rm -r} ends up doing. */
  public FsResult<FileSystem> removeTree(String path, Principal who, Instant now) {
    return slot(path, who)
        .flatMap(
            slot -> {
              if (slot.existing() == null) {
                return FsResult.fail(Errno.ENOENT);
              }
              if (slot.names().isEmpty()) {
                return FsResult.fail(Errno.EPERM);
              }
              return removeEntry(slot, who, now);
            });
  }

  /** {@code chmod(2)}: sets the permission bits; only the owner (or root) may. */
  public FsResult<FileSystem> chmod(String path, int mode, Principal who) {
    return locate(path, who)
        .flatMap(
            located -> {
              Node node = located.node();
              if (!who.owns(node)) {
                return FsResult.fail(Errno.EPERM);
              }
              Node changed = node.withMeta(node.meta().withMode(mode));
              return FsResult.ok(
                  new FileSystem(update(root, located.names(), 0, d -> d, changed), format));
            });
  }

  /**
   * Puts a node at {@code path} without any permission check, creating missing parent directories
   * owned by the node's owner: for building a machine's initial files.
   */
  public FileSystem install(String path, Node node) {
    List<String> names = Paths.names(path);
    if (names.isEmpty()) {
      return new FileSystem((Directory) node, format);
    }
    Metadata parentMeta = node.meta().withMode(DIRECTORY_MODE);
    return new FileSystem(installInto(root, names, 0, node, parentMeta), format);
  }

  private static Directory installInto(
      Directory dir, List<String> names, int i, Node node, Metadata parentMeta) {
    String name = names.get(i);
    if (i == names.size() - 1) {
      return dir.with(name, node);
    }
    Node child = dir.entries().get(name);
    Directory childDir = child instanceof Directory d ? d : Directory.empty(parentMeta);
    return dir.with(name, installInto(childDir, names, i + 1, node, parentMeta));
  }

  // ---------------------------------------------------------------- walking

  /** A node found by following a path, with the normalized names leading to it. */
  private record Located(List<String> names, Node node) {}

  /**
   * Where a path's last name lives: the parent directory (searched and found), the name in it, and
   * the node there now, if any.
   */
  private record Slot(
      List<String> parentNames,
      Directory parent,
      String name,
      Node existing,
      boolean trailingSlash) {
    List<String> names() {
      var names = new ArrayList<>(parentNames);
      if (!name.isEmpty()) {
        names.add(name);
      }
      return names;
    }
  }

  private FsResult<Located> locate(String path, Principal who) {
    if (path.isEmpty()) {
      return FsResult.fail(Errno.ENOENT);
    }
    var names = new ArrayList<String>();
    var dirs = new ArrayList<Directory>();
    Node node = root;
    for (String name : path.split("/")) {
      if (name.isEmpty()) {
        continue;
      }
      if (!(node instanceof Directory dir)) {
        return FsResult.fail(Errno.ENOTDIR);
      }
      if (!who.may(dir, 1)) {
        return FsResult.fail(Errno.EACCES);
      }
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (!names.isEmpty()) {
          names.remove(names.size() - 1);
          node = dirs.remove(dirs.size() - 1);
        }
        continue;
      }
      Node child = dir.entries().get(name);
      if (child == null) {
        return FsResult.fail(Errno.ENOENT);
      }
      names.add(name);
      dirs.add(dir);
      node = child;
    }
    if (path.endsWith("/") && !(node instanceof Directory)) {
      return FsResult.fail(Errno.ENOTDIR);
    }
    return FsResult.ok(new Located(List.copyOf(names), node));
  }

  private FsResult<Slot> slot(String path, Principal who) {
    if (path.isEmpty()) {
      return FsResult.fail(Errno.ENOENT);
    }
    boolean trailingSlash = path.length() > 1 && path.endsWith("/");
    String trimmed = path.replaceAll("/+$", "");
    int cut = trimmed.lastIndexOf('/');
    String name = trimmed.substring(cut + 1);
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return locate(path, who)
          .flatMap(
              located -> {
                List<String> names = located.names();
                if (names.isEmpty()) {
                  return FsResult.ok(new Slot(List.of(), root, "", root, trailingSlash));
                }
                List<String> parentNames = names.subList(0, names.size() - 1);
                Directory parent = (Directory) find(Paths.join(parentNames)).orElseThrow();
                return FsResult.ok(
                    new Slot(
                        parentNames,
                        parent,
                        names.get(names.size() - 1),
                        located.node(),
                        trailingSlash));
              });
    }
    String parentPath = cut <= 0 ? "/" : trimmed.substring(0, cut) + "/";
    return locate(parentPath, who)
        .flatMap(
            located -> {
              if (!(located.node() instanceof Directory parent)) {
                return FsResult.fail(Errno.ENOTDIR);
              }
              if (!who.may(parent, 1)) {
                return FsResult.fail(Errno.EACCES);
              }
              Node existing = parent.entries().get(name);
              if (existing != null && trailingSlash && !(existing instanceof Directory)) {
                return FsResult.fail(Errno.ENOTDIR);
              }
              return FsResult.ok(new Slot(located.names(), parent, name, existing, trailingSlash));
            });
  }

  private FsResult<FileSystem> create(Slot slot, Node node, Principal who, Instant now) {
    if (!who.may(slot.parent(), 3)) {
      return FsResult.fail(Errno.EACCES);
    }
    return FsResult.ok(replace(slot, node, now));
  }

  private FsResult<FileSystem> removeEntry(Slot slot, Principal who, Instant now) {
    if (!who.may(slot.parent(), 3)) {
      return FsResult.fail(Errno.EACCES);
    }
    return FsResult.ok(
        new FileSystem(
            update(
                root,
                slot.parentNames(),
                0,
                parent -> parent.without(slot.name()).withMeta(parent.meta().withModified(now)),
                null),
            format));
  }

  /** The tree with {@code node} at the slot; the parent's time set to {@code now} unless null. */
  private FileSystem replace(Slot slot, Node node, Instant parentModified) {
    UnaryOperator<Directory> change =
        parent -> {
          Directory changed = parent.with(slot.name(), node);
          return parentModified == null
              ? changed
              : changed.withMeta(changed.meta().withModified(parentModified));
        };
    return new FileSystem(update(root, slot.parentNames(), 0, change, null), format);
  }

  /**
   * Copies the directories along {@code names}: the directory at the end is changed by {@code
   * change}, or, when {@code replacement} is given, the node at the end is replaced by it.
   */
  private static Directory update(
      Directory dir, List<String> names, int i, UnaryOperator<Directory> change, Node replacement) {
    if (replacement != null && i == names.size() - 1) {
      return dir.with(names.get(i), replacement);
    }
    if (i == names.size()) {
      return replacement instanceof Directory d ? d : change.apply(dir);
    }
    Directory child = (Directory) dir.entries().get(names.get(i));
    return dir.with(names.get(i), update(child, names, i + 1, change, replacement));
  }

  private static Metadata newMeta(Principal who, int mode, Instant now) {
    return new Metadata(who.user(), who.group(), mode, now);
  }
}
