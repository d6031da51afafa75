package eu.urbis.chat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Fan-out on one event loop: one event-bus consumer per address (room or user) however many local sockets want it,
 * handing each event to every one of them. Only the owning event loop touches it, so it needs no locks; the
 * member array is copied on change so a socket may leave while an event is being handed out.
 */
final class LocalSubscribers<K, E> {
  private final class Address {
    final MessageConsumer<E> consumer;
    ChatConnection[] members = new ChatConnection[0];

    Address(K key) {
      consumer = vertx.eventBus().consumer(address.apply(key), message -> {
        for (ChatConnection member : members) {
          deliver.accept(member, message.body());
        }
      });
    }
  }

  private final Vertx vertx;
  private final Function<K, String> address;
  private final BiConsumer<ChatConnection, E> deliver;
  private final Map<K, Address> addresses = new HashMap<>();

  LocalSubscribers(Vertx vertx, Function<K, String> address, BiConsumer<ChatConnection, E> deliver) {
    this.vertx = vertx;
    this.address = address;
    this.deliver = deliver;
  }

  /** Completes once the address receives events (at once locally; after propagation in a cluster). */
  Future<Void> add(K key, ChatConnection member) {
    Address entry = addresses.computeIfAbsent(key, Address::new);
    if (Arrays.asList(entry.members).contains(member)) {
      return entry.consumer.completion();
    }
    ChatConnection[] grown = Arrays.copyOf(entry.members, entry.members.length + 1);
    grown[entry.members.length] = member;
    entry.members = grown;
    return entry.consumer.completion();
  }

  void remove(K key, ChatConnection member) {
    Address entry = addresses.get(key);
    if (entry == null) {
      return;
    }
    entry.members = Arrays.stream(entry.members).filter(m -> m != member).toArray(ChatConnection[]::new);
    if (entry.members.length == 0) {
      addresses.remove(key);
      entry.consumer.unregister();
    }
  }

  ChatConnection[] members(K key) {
    Address entry = addresses.get(key);
    return entry == null ? new ChatConnection[0] : entry.members;
  }
}
