import net from 'node:net'

/**
 * A TCP proxy on 127.0.0.1 in front of a server, to stage its outage: `down()` cuts every
 * open connection and refuses new ones (ECONNREFUSED), as a stopped server does; `up()`
 * accepts connections again on the same port.
 */
export type SwitchableTcpProxy = {
  port: number
  down: () => Promise<void>
  up: () => Promise<void>
  close: () => Promise<void>
}

export async function startSwitchableTcpProxy(target: {
  host: string
  port: number
}): Promise<SwitchableTcpProxy> {
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  let server: net.Server | null = null
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        track(client)
        track(upstream)
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      s.once('error', reject)
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as net.AddressInfo).port
        server = s
        resolve()
      })
    })
  const down = async () => {
    const s = server
    server = null
    for (const socket of sockets) socket.destroy()
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
  }
  await listen()
  return { port, down, up: listen, close: down }
}
