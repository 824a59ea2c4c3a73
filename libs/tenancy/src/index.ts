export { TenancyModule } from './tenancy.module.js';
export { SchoolsService, generatePassword } from './schools.service.js';
export { UsersService } from './users.service.js';
export { SchoolCreated, UserDisabled, UserLoggedIn } from './events.js';
export type { SchoolView } from './dto/school.dto.js';
export type { UserView } from './dto/user.dto.js';
export { PasswordResetService, PASSWORD_RESET_TTL_MINUTES, type ResettableLogin } from './password-reset/password-reset.service.js';
export { DirectoryPeople } from './directory-people.port.js';
export { PasswordResetAcceptedView, PasswordResetRequestDto, SchoolNameView } from './dto/auth.dto.js';
