package cn.shuangsuiji.platform.events;

/** A record that can never be read (unknown type, bad JSON): sent to the dead-letter topic without retries. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
