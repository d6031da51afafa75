package eu.urbis.bench.soak;

import java.util.List;

/** What the soak found on the demo server and registered on it: where to read, write and chat, and who does it. */
record SoakWorld(List<String> boards, List<String> threads, List<String> rooms, List<Member> members) {
  record Member(String username, String password, String token) {
  }
}
