package dev.vpclab.repl;

public final class Main {
  public static void main(String[] args) {
    System.out.println("vpclab");
  }
}
