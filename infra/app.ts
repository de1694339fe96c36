import { buildApp } from "./build-app.ts";

const { app } = buildApp();
app.synth();
