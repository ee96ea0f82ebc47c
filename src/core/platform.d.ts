// The one platform API the core uses, the same in browsers and in Node (Web Crypto): the core's
// tsconfig has neither DOM nor Node types, so anything else of either fails to compile here.
declare const crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
