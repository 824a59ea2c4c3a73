export { TenancyModule } from './tenancy.module.js';
export { SchoolsService, generatePassword } from './schools.service.js';
export { UsersService } from './users.service.js';
export { SchoolCreated, UserDisabled, UserLoggedIn } from './events.js';
export type { SchoolView } from './dto/school.dto.js';
export type { UserView } from './dto/user.dto.js';
