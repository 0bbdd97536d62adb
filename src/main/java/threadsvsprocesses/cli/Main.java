package threadsvsprocesses.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("hello from " + Runtime.version());
    }
}
