package eu.urbis.chat.bench;

/** {@code clients} sockets spread evenly over {@code rooms}; the first {@code senders} send {@code rate} msgs/s in total. */
record Scenario(String name, String title, int clients, int rooms, int senders, int rate, int seconds) {
  int membersPerRoom() {
    return clients / rooms;
  }
}
