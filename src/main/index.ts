// Entry of the main process; everything else lives in ./app and the modules it wires.
import * as electron from 'electron'
import { startApp } from './app'

startApp(electron, { mainDir: __dirname, env: process.env, platform: process.platform })
