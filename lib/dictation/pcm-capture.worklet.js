// AudioWorklet module (runs on the audio thread, plain JS: shipped as a file because the
// extension CSP forbids inline/eval scripts). Copies microphone samples out in batches of
// 4096 so the main thread gets ~12 messages a second instead of ~375.
const BATCH = 4096;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.batch = new Float32Array(BATCH);
    this.filled = 0;
    // 'flush' sends the partial batch, then an ack, so the recorder knows it has every sample.
    this.port.onmessage = (event) => {
      if (event.data === 'flush') {
        this.send();
        this.port.postMessage('flushed');
      }
    };
  }

  send() {
    if (this.filled === 0) return;
    const out = this.batch.slice(0, this.filled);
    this.port.postMessage(out, [out.buffer]);
    this.filled = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      let read = 0;
      while (read < channel.length) {
        const n = Math.min(BATCH - this.filled, channel.length - read);
        this.batch.set(channel.subarray(read, read + n), this.filled);
        this.filled += n;
        read += n;
        if (this.filled === BATCH) this.send();
      }
    }
    return true;
  }
}

registerProcessor('dossierhulp-pcm-capture', PcmCaptureProcessor);
