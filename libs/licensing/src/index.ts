export { LicensingModule } from './licensing.module.js';
