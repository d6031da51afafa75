package eu.urbis.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fan-out on one event loop: one event-bus consumer per address (room, thread, user) however many local sockets
 * want it, handing each event to every one of them. Only the owning event loop touches it, so it needs no locks;
 * the member array is copied on change so a socket may leave while an event is being handed out.
 */
final class LocalSubscribers {
  private final class Address {
    final String name;
    final MessageConsumer<Object> consumer;
    Member[] members = new Member[0];

    Address(String name) {
      this.name = name;
      consumer = vertx.eventBus().consumer(name, message -> {
        for (Member member : members) {
          member.handler.accept(message.body());
        }
      });
    }
  }

  private final class Member implements Subscription {
    final Address address;
    final Consumer<Object> handler;

    Member(Address address, Consumer<Object> handler) {
      this.address = address;
      this.handler = handler;
    }

    @Override
    public Future<Void> ready() {
      return address.consumer.completion();
    }

    @Override
    public void cancel() {
      remove(this);
    }
  }

  private final Vertx vertx;
  private final Map<String, Address> addresses = new HashMap<>();

  LocalSubscribers(Vertx vertx) {
    this.vertx = vertx;
  }

  @SuppressWarnings("unchecked")
  <E> Subscription add(String address, Consumer<E> handler) {
    Address entry = addresses.computeIfAbsent(address, Address::new);
    Member member = new Member(entry, (Consumer<Object>) handler);
    Member[] grown = Arrays.copyOf(entry.members, entry.members.length + 1);
    grown[entry.members.length] = member;
    entry.members = grown;
    return member;
  }

  private void remove(Member member) {
    Address entry = member.address;
    if (addresses.get(entry.name) != entry) {
      return;
    }
    entry.members = Arrays.stream(entry.members).filter(m -> m != member).toArray(Member[]::new);
    if (entry.members.length == 0) {
      addresses.remove(entry.name);
      entry.consumer.unregister();
    }
  }
}
