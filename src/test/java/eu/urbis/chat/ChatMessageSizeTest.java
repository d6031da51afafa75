package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** API.md: a message over 64 KiB closes the socket with 1009 however it arrives; nothing is inflated on an event loop. */
class ChatMessageSizeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static String token;
  private static String room;

  @BeforeAll
  static void setUp() {
    token = api.newMember("sizes").getString("token");
    room = ChatClient.newPublicRoom(api, token, "Sizes");
  }

  private static String bigSend() {
    return new JsonObject().put("type", "send").put("room", room).put("clientId", "big").put("body", "y".repeat(70_000)).encode();
  }

  @Test
  void aMessageOver64KiBInSmallFragmentsCloses1009() {
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      Buffer whole = Buffer.buffer(bigSend());
      int part = 4096;
      // not awaited one by one: the server may close as soon as the fragments so far pass 64 KiB
      client.socket().writeFrame(WebSocketFrame.textFrame(whole.getString(0, part), false));
      for (int at = part; at < whole.length(); at += part) {
        boolean last = at + part >= whole.length();
        client.socket().writeFrame(WebSocketFrame.continuationFrame(whole.getBuffer(at, Math.min(at + part, whole.length())), last));
      }
      assertThat(await(client.closed())).isEqualTo((short) 1009);
    }
  }

  @Test
  void aClientAskingForCompressionGetsPlainFramesAndItsBigMessageCloses1009() {
    WebSocketClientOptions deflate = new WebSocketClientOptions().setTryUsePerMessageCompression(true);
    try (ChatClient client = ChatClient.authenticated(server, token, deflate)) {
      assertThat(client.socket().headers().get("Sec-WebSocket-Extensions")).isNull();
      client.sendText(bigSend());
      assertThat(await(client.closed())).isEqualTo((short) 1009);
    }
  }

  @Test
  void aDeflateBombBeforeAuthIsRefusedAsAProtocolErrorWithoutInflating() {
    NetSocket socket = await(server.vertx().createNetClient().connect(server.port(), "127.0.0.1"));
    Buffer received = Buffer.buffer();
    Promise<Void> upgraded = Promise.promise();
    Promise<Void> closed = Promise.promise();
    socket.handler(data -> {
      received.appendBuffer(data);
      if (received.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        upgraded.tryComplete();
      }
    });
    socket.closeHandler(v -> closed.tryComplete());
    await(socket.write("GET /ws HTTP/1.1\r\nHost: bomb\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
      + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n"));
    await(upgraded.future());
    String handshake = received.toString(StandardCharsets.ISO_8859_1);
    assertThat(handshake).startsWith("HTTP/1.1 101").doesNotContainIgnoringCase("permessage-deflate");
    int headerEnd = handshake.indexOf("\r\n\r\n") + 4;

    await(socket.write(maskedCompressedTextFrame(deflate("{\"type\":\"ping\",\"pad\":\"" + "p".repeat(8 * 1024 * 1024) + "\"}"))));
    await(closed.future());

    Buffer frames = received.getBuffer(headerEnd, received.length());
    assertThat(frames.getUnsignedByte(0) & 0x0f).as("a close frame").isEqualTo(0x8);
    assertThat(frames.getUnsignedShort(2)).as("protocol error: compressed though not negotiated").isEqualTo(1002);
  }

  private static byte[] deflate(String text) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(chunk, 0, deflater.deflate(chunk));
    }
    return out.toByteArray();
  }

  /** FIN + RSV1 (compressed) + text, masked as a client must; payload under 64 KiB on the wire. */
  private static Buffer maskedCompressedTextFrame(byte[] payload) {
    byte[] mask = {1, 2, 3, 4};
    Buffer frame = Buffer.buffer().appendByte((byte) 0xC1).appendByte((byte) (0x80 | 126)).appendUnsignedShort(payload.length).appendBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.appendByte((byte) (payload[i] ^ mask[i % 4]));
    }
    return frame;
  }
}
