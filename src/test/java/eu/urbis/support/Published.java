package eu.urbis.support;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;

/**
 * What is published on one event-bus address from the moment {@link #on} returns, in order. {@link #next} waits
 * (on the test thread) for the next message not taken yet, so "nothing was published" reads as "the next one is
 * the marker published after it".
 */
public final class Published<T> implements AutoCloseable {
  private final MessageConsumer<T> consumer;
  private final List<Promise<T>> slots = new ArrayList<>();
  private int arrived;
  private int taken;

  private Published(MessageConsumer<T> consumer) {
    this.consumer = consumer;
  }

  public static <T> Published<T> on(Vertx vertx, String address) {
    Published<T> published = new Published<>(vertx.eventBus().consumer(address));
    published.consumer.handler(message -> published.slot(true).complete(message.body()));
    await(published.consumer.completion());
    return published;
  }

  public T next() {
    return await(slot(false).future());
  }

  @Override
  public void close() {
    await(consumer.unregister());
  }

  private synchronized Promise<T> slot(boolean arriving) {
    int index = arriving ? arrived++ : taken++;
    while (slots.size() <= index) {
      slots.add(Promise.promise());
    }
    return slots.get(index);
  }
}
