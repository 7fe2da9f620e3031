// `ws` ships no types and @types/ws is not installed: the tests only hand its class to the provider.
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
