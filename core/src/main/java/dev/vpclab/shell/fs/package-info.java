/**
 * Simulated files: {@link dev.vpclab.shell.fs.FileSystem} is an immutable tree of directories and
 * text files with owner, group, mode and time; every change returns a new tree. Failures are {@link
 * dev.vpclab.shell.fs.Errno} values with Linux's wording.
 */
package dev.vpclab.shell.fs;
